// Narrowing the compiler cannot express: a compound test and an early return.
// expect: PS5032 at 11:20
// expect: PS5032 at 16:18
import { Account, Mint, Pubkey, Result, Signer, TokenProgram, Boolean, u8, u64, require } from "@solanaturbine/poseidon";

export default class CaseProgram {
  static PROGRAM_ID = new Pubkey("GXQmGjfLL8QWDfEhEFQJQY9V1DYSB4oT5aU2acQrXiWj");

  run(user: Signer, data: Data, amount?: u64, other?: u64): Result {
    if (amount && data.count.gt(0)) {
      data.count = amount;
    }
    if (!other) {
      return;
    }
    data.count = other;
  }
}

export enum CaseError {
  Missing = "missing",
}

export interface Data extends Account {
  owner: Pubkey;
  count: u64;
  small: u8;
}
