// A token account's seeds are an array, as for any PDA.
// expect: PS3011 at 9:18
import { Account, AssociatedTokenAccount, AuthorityType, Mint, Pubkey, Result, Signer, SystemAccount, TokenAccount, TokenProgram, u8, u64 } from "@solanaturbine/poseidon";

export default class CaseProgram {
  static PROGRAM_ID = new Pubkey("GXQmGjfLL8QWDfEhEFQJQY9V1DYSB4oT5aU2acQrXiWj");

  run(user: Signer, mint: Mint, vault: TokenAccount): Result {
    vault.derive("vault", mint, user.key);
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
