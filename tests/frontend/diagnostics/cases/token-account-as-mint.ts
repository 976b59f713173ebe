// A token account passed where TokenProgram needs a Mint.
// expect: PS3028 at 9:25
import { Account, AssociatedTokenAccount, AuthorityType, Mint, Pubkey, Result, Signer, SystemAccount, TokenAccount, TokenProgram, u8, u64 } from "@solanaturbine/poseidon";

export default class CaseProgram {
  static PROGRAM_ID = new Pubkey("GXQmGjfLL8QWDfEhEFQJQY9V1DYSB4oT5aU2acQrXiWj");

  run(user: Signer, vault: TokenAccount, ata: AssociatedTokenAccount): Result {
    TokenProgram.mintTo(vault, ata, user, 5);
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
