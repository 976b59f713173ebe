// Hostile names: locals named like what the CPI calls the Anchor backend emits spell (token, anchor_lang,
// CpiContext's from/to/authority, signer seeds, the accounts they pass) next to System Program and SPL Token CPIs.
import { Account, Mint, Pubkey, Result, Signer, SystemAccount, SystemProgram, TokenAccount, TokenProgram, u64, u8 } from "@solanaturbine/poseidon";

export default class CpiLocals {
  static PROGRAM_ID = new Pubkey("EhxPGtzWeQw3Pe6fLj3jErcy93mPC9qJoamVuDv5s9fL");

  pay(from: Signer, to: SystemAccount, vault: Vault, amount: u64): Result {
    vault.derive(["vault"]).initIfNeeded(from);
    const anchorLang = amount.add(1);
    const token = anchorLang.sub(1);
    const cpiContext = token;
    const signerSeeds = cpiContext;
    SystemProgram.transfer(from, to, signerSeeds);
    vault.bump = vault.getBump();
  }

  shift(authority: Signer, vault: Vault, from: TokenAccount, to: TokenAccount, mint: Mint, amount: u64): Result {
    vault.deriveWithBump(["vault"], vault.bump);
    const transfer = amount;
    const accounts = transfer;
    const seeds = accounts;
    TokenProgram.transfer(from, to, authority, seeds);
    TokenProgram.transferChecked(from, mint, to, authority, seeds, mint.decimals);
    const decimals = from.amount;
    vault.total = decimals;
  }
}

export interface Vault extends Account {
  bump: u8;
  total: u64;
}
