// `throw` cannot fail an instruction with an Anchor error code: the compiler names require instead.
// expect: PS4045 at 10:7
import { Account, Pubkey, Result, Signer, u64 } from "@solanaturbine/poseidon";

export default class CaseProgram {
  static PROGRAM_ID = new Pubkey("GXQmGjfLL8QWDfEhEFQJQY9V1DYSB4oT5aU2acQrXiWj");

  run(user: Signer, data: Data, amount: u64): Result {
    if (amount.gt(10)) {
      throw new Error("too much");
    }
    data.count = data.count.add(amount);
  }
}

export interface Data extends Account {
  count: u64;
}
