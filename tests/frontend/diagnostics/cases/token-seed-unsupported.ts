// A token account field is not a seed: seeds are literals, keys, arguments and state fields.
// expect: PS3004 at 9:19
import { Account, AssociatedTokenAccount, AuthorityType, Mint, Pubkey, Result, Signer, SystemAccount, TokenAccount, TokenProgram, u8, u64 } from "@solanaturbine/poseidon";

export default class CaseProgram {
  static PROGRAM_ID = new Pubkey("GXQmGjfLL8QWDfEhEFQJQY9V1DYSB4oT5aU2acQrXiWj");

  run(user: Signer, mint: Mint, other: TokenAccount, vault: TokenAccount): Result {
    vault.derive([other.amount.toBytes()], mint, user.key);
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
