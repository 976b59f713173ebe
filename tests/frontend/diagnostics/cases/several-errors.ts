// Errors are collected, not stopped at the first: three unrelated problems in one file, in source order.
// expect: PS4001 at 11:5
// expect: PS4003 at 17:5
// expect: PS3002 at 21:5
import { Account, Pubkey, Result, Signer, u64 } from "@solanaturbine/poseidon";

export default class CaseProgram {
  static PROGRAM_ID = new Pubkey("GXQmGjfLL8QWDfEhEFQJQY9V1DYSB4oT5aU2acQrXiWj");

  first(user: Signer, data: Data): Result {
    while (data.count.lt(3)) {
      data.count = data.count.add(1);
    }
  }

  second(user: Signer, amount: u64): Result {
    amount = amount.add(1);
  }

  third(data: Data): Result {
    data.derive(["data"]).init();
  }
}

export interface Data extends Account {
  count: u64;
}
