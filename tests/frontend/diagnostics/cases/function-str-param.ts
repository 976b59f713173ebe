// Functions take and return integers, Boolean, Pubkey and structs only.
// expect: PS2015 at 18:22
import { Account, Pubkey, Result, Signer, UncheckedAccount, SystemProgram, TokenProgram, TokenAccount, Str, u8, u64 } from "@solanaturbine/poseidon";

export default class CaseProgram {
  static PROGRAM_ID = new Pubkey("GXQmGjfLL8QWDfEhEFQJQY9V1DYSB4oT5aU2acQrXiWj");

  run(data: Data): Result {}
}

export interface Data extends Account {
  owner: Pubkey;
  count: u64;
  small: u8;
  bump: u8;
}

function label(name: Str<8>): void {}
