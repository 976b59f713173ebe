// mint::decimals is a literal or a u8 argument (Anchor reads it before the body runs): not a state field.
// expect: PS3026 at 9:37
import { Account, AssociatedTokenAccount, AuthorityType, Mint, Pubkey, Result, Signer, SystemAccount, TokenAccount, TokenProgram, u8, u64 } from "@solanaturbine/poseidon";

export default class CaseProgram {
  static PROGRAM_ID = new Pubkey("GXQmGjfLL8QWDfEhEFQJQY9V1DYSB4oT5aU2acQrXiWj");

  run(user: Signer, mint: Mint, data: Data): Result {
    mint.derive(["mint"], user.key, data.small);
  }
}

export interface Data extends Account {
  owner: Pubkey;
  count: u64;
  small: u8;
  bump: u8;
}
export interface Point {
  x: u64;
}
