// JavaScript's library does not run on-chain: the common calls name what a program writes instead.
// expect: PS4046 at 11:18
// expect: PS4046 at 12:18
// expect: PS4005 at 13:18
import { Account, Pubkey, Result, Signer, i64, u64 } from "@solanaturbine/poseidon";

export default class CaseProgram {
  static PROGRAM_ID = new Pubkey("GXQmGjfLL8QWDfEhEFQJQY9V1DYSB4oT5aU2acQrXiWj");

  run(user: Signer, data: Data, amount: u64): Result {
    data.stamp = Date.now();
    data.count = Math.max(data.count, amount);
    data.count = Math.abs(amount);
  }
}

export interface Data extends Account {
  count: u64;
  stamp: i64;
}
