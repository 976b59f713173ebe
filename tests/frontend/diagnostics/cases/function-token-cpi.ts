// A function makes no token CPI either.
// expect: PS4021 at 21:3
import { Account, Pubkey, Result, Signer, UncheckedAccount, SystemProgram, TokenProgram, TokenAccount, Str, u8, u64 } from "@solanaturbine/poseidon";

export default class CaseProgram {
  static PROGRAM_ID = new Pubkey("GXQmGjfLL8QWDfEhEFQJQY9V1DYSB4oT5aU2acQrXiWj");

  run(from: TokenAccount, to: TokenAccount, data: Data): Result {
    shift(from, to, data);
  }
}

export interface Data extends Account {
  owner: Pubkey;
  count: u64;
  small: u8;
  bump: u8;
}

function shift(from: TokenAccount, to: TokenAccount, data: Data): void {
  TokenProgram.transfer(from, to, data, 1);
}
