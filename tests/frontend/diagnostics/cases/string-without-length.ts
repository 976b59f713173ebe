// TypeScript's string and String have no maximum length: an account cannot be sized for one.
// expect: PS2016 at 20:9
// expect: PS2016 at 21:9
import { Account, Pubkey, Result, Signer, SystemAccount, UncheckedAccount, SystemProgram, Str, Vec, require, emit, u8, u64 } from "@solanaturbine/poseidon";

export default class CaseProgram {
  static PROGRAM_ID = new Pubkey("GXQmGjfLL8QWDfEhEFQJQY9V1DYSB4oT5aU2acQrXiWj");

  run(user: Signer, name: string): Result {}
}

export interface Data extends Account {
  owner: Pubkey;
  count: u64;
  small: u8;
  bump: u8;
}

export interface Named extends Account {
  name: String;
  city: string;
}
