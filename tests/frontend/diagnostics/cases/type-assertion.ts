// `as u64` converts nothing at run time: a u8 value stays a u8 (convert with .toU64()).
// expect: PS5020 at 9:43
import { Account, Pubkey, Result, Signer, SystemAccount, UncheckedAccount, SystemProgram, Str, Vec, require, emit, u8, u64 } from "@solanaturbine/poseidon";

export default class CaseProgram {
  static PROGRAM_ID = new Pubkey("GXQmGjfLL8QWDfEhEFQJQY9V1DYSB4oT5aU2acQrXiWj");

  run(user: Signer, data: Data): Result {
    data.count = data.small as unknown as u64;
  }
}

export interface Data extends Account {
  owner: Pubkey;
  count: u64;
  small: u8;
  bump: u8;
}
