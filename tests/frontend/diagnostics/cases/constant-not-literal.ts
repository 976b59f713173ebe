// A named constant holds a literal; a top-level variable must be const (a program has no state outside its accounts).
// expect: PS1050 at 7:1
// expect: PS1051 at 8:19
// expect: PS1051 at 12:35
import { Account, Pubkey, Result, Signer, u64 } from "@solanaturbine/poseidon";

let counter = 0;
const TWICE_MAX = 2 * 500;

export default class CaseProgram {
  static PROGRAM_ID = new Pubkey("GXQmGjfLL8QWDfEhEFQJQY9V1DYSB4oT5aU2acQrXiWj");
  static readonly LIMIT: number = Math.max(1, 2);

  run(user: Signer, data: Data, amount: u64): Result {
    data.count = data.count.add(amount);
  }
}

export interface Data extends Account {
  count: u64;
}
