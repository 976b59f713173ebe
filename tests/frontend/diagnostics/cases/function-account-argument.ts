// An account argument must be an account parameter of the type the function declares.
// expect: PS3031 at 9:11
import { Account, Pubkey, Result, Signer, UncheckedAccount, SystemProgram, TokenProgram, TokenAccount, Str, u8, u64 } from "@solanaturbine/poseidon";

export default class CaseProgram {
  static PROGRAM_ID = new Pubkey("GXQmGjfLL8QWDfEhEFQJQY9V1DYSB4oT5aU2acQrXiWj");

  run(data: Data, other: Other): Result {
    reset(other);
  }
}

export interface Data extends Account {
  owner: Pubkey;
  count: u64;
  small: u8;
  bump: u8;
}

export interface Other extends Account {
  owner: Pubkey;
  count: u64;
  small: u8;
  bump: u8;
}

function reset(data: Data): void {
  data.count = new u64(0);
}
