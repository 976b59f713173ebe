// Calling a library function (Math.max) is rejected: only DSL calls exist on-chain.
// expect: PS4046 at 9:5
import { Account, Pubkey, Result, Signer, SystemAccount, UncheckedAccount, SystemProgram, Str, Vec, require, emit, u8, u64 } from "@solanaturbine/poseidon";

export default class CaseProgram {
  static PROGRAM_ID = new Pubkey("GXQmGjfLL8QWDfEhEFQJQY9V1DYSB4oT5aU2acQrXiWj");

  run(user: Signer, data: Data): Result {
    Math.max(1, 2);
  }
}

export interface Data extends Account {
  owner: Pubkey;
  count: u64;
  small: u8;
  bump: u8;
}

