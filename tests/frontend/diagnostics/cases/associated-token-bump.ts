// An associated token account is a PDA of another program: Anchor has no bump for it.
// expect: PS3027 at 10:17
import { Account, AssociatedTokenAccount, AuthorityType, Mint, Pubkey, Result, Signer, SystemAccount, TokenAccount, TokenProgram, u8, u64 } from "@solanaturbine/poseidon";

export default class CaseProgram {
  static PROGRAM_ID = new Pubkey("GXQmGjfLL8QWDfEhEFQJQY9V1DYSB4oT5aU2acQrXiWj");

  run(user: Signer, data: Data, mint: Mint, ata: AssociatedTokenAccount): Result {
    ata.derive(mint, user.key);
    data.bump = ata.getBump();
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
