// Poseidon's String needs its maximum length in an account: String<N>.
// expect: PS2016 at 19:9
import { Account, Pubkey, Result, Signer, SystemAccount, UncheckedAccount, SystemProgram, String, Vec, require, emit, u8, u64 } from "@solanaturbine/poseidon";

export default class CaseProgram {
  static PROGRAM_ID = new Pubkey("GXQmGjfLL8QWDfEhEFQJQY9V1DYSB4oT5aU2acQrXiWj");

  run(user: Signer, name: String): Result {}
}

export interface Data extends Account {
  owner: Pubkey;
  count: u64;
  small: u8;
  bump: u8;
}

export interface Named extends Account {
  name: String;
}
