// initIfNeeded() of an associated token account without a payer needs one Signer parameter.
// expect: PS3002 at 9:5
import { Account, Pubkey, Result, Signer, SystemAccount, UncheckedAccount, SystemProgram, Str, Vec, require, emit, u8, u64, Mint, AssociatedTokenAccount } from "@solanaturbine/poseidon";

export default class CaseProgram {
  static PROGRAM_ID = new Pubkey("GXQmGjfLL8QWDfEhEFQJQY9V1DYSB4oT5aU2acQrXiWj");

  run(owner: SystemAccount, mint: Mint, vault: AssociatedTokenAccount): Result {
    vault.derive(mint, owner.key).initIfNeeded();
  }
}

export interface Data extends Account {
  owner: Pubkey;
  count: u64;
  small: u8;
  bump: u8;
}
