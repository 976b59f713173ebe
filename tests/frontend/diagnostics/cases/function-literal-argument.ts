// An integer literal argument takes the parameter's type, and must fit it.
// expect: PS5002 at 10:20
import { Account, Pubkey, Result, Signer, UncheckedAccount, SystemProgram, TokenProgram, TokenAccount, Str, u8, u64 } from "@solanaturbine/poseidon";

export default class CaseProgram {
  static PROGRAM_ID = new Pubkey("GXQmGjfLL8QWDfEhEFQJQY9V1DYSB4oT5aU2acQrXiWj");

  run(data: Data): Result {
    setSmall(data, 7);
    setSmall(data, 300);
  }
}

export interface Data extends Account {
  owner: Pubkey;
  count: u64;
  small: u8;
  bump: u8;
}

function setSmall(data: Data, value: u8): void {
  data.small = value;
}
