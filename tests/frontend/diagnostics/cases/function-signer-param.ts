// A function takes state accounts, token accounts, mints and values: not a Signer or an UncheckedAccount.
// expect: PS2014 at 19:22
// expect: PS2014 at 19:37
import { Account, Pubkey, Result, Signer, UncheckedAccount, SystemProgram, TokenProgram, TokenAccount, Str, u8, u64 } from "@solanaturbine/poseidon";

export default class CaseProgram {
  static PROGRAM_ID = new Pubkey("GXQmGjfLL8QWDfEhEFQJQY9V1DYSB4oT5aU2acQrXiWj");

  run(user: Signer, data: Data): Result {}
}

export interface Data extends Account {
  owner: Pubkey;
  count: u64;
  small: u8;
  bump: u8;
}

function check(user: Signer, other: UncheckedAccount, data: Data): void {}
