// Shared execution-test program in spellings found in public Poseidon projects (solana-developers/program-examples),
// which compile unmodified (their unused imports from other packages, ignored with a warning, are left to
// tests/frontend/corpus-spellings.test.ts: the repository's type-check refuses unused names). Exercises: a System
// Program transfer from a PDA signed with the bump of the account the instruction derives (`vault.getBump()` as
// the last signer seed), after `derive` and after `deriveWithBump`; `has([owner.key])` (an account's key naming the
// account); `acc.is_writable = true` (the account becomes mut); TokenProgram.initializeMint on a Mint the client
// may or may not have created, paid by the only Signer or by the payer `mint.initIfNeeded(payer)` names.
import {
  Account, Mint, Pubkey, type Result, Signer, SystemAccount, SystemProgram, TokenProgram, UncheckedAccount, u8, u64,
} from "@solanaturbine/poseidon";

export default class UpstreamProgram {
  static PROGRAM_ID = new Pubkey("F6XFcqKgCkN1orQjyTwVCK8bXjWfnXyHPWnW4SL82Xo7");

  initRentVault(payer: Signer, rentVault: SystemAccount, fundLamports: u64): Result {
    rentVault.derive(["rent_vault"]);
    SystemProgram.transfer(payer, rentVault, fundLamports);
  }

  createNewAccount(newAccount: Signer, rentVault: SystemAccount, amount: u64): Result {
    rentVault.derive(["rent_vault"]);
    SystemProgram.transfer(rentVault, newAccount, amount, ["rent_vault", rentVault.getBump()]);
  }

  payOut(recipient: SystemAccount, rentVault: SystemAccount, bump: u8, amount: u64): Result {
    rentVault.deriveWithBump(["rent_vault"], bump);
    SystemProgram.transfer(rentVault, recipient, amount, ["rent_vault", rentVault.getBump()]);
  }

  openNote(owner: Signer, note: Note, text: u64): Result {
    note.derive(["note", owner.key]).init();
    note.owner = owner.key;
    note.text = text;
  }

  closeNote(owner: Signer, note: Note): Result {
    note.derive(["note", owner.key]).has([owner.key]).close(owner);
  }

  touch(payer: UncheckedAccount, recipient: SystemAccount, amount: u64): Result {
    payer.is_writable = true;
    recipient.is_writable = true;
    console.log(`touched with ${amount}`);
  }

  createTokenMint(mintAuthority: Signer, mintAccount: Mint, decimals: u8, freezeAuthority?: Pubkey): Result {
    TokenProgram.initializeMint(mintAccount, decimals, mintAuthority, freezeAuthority);
  }

  createSharedMint(payer: Signer, authority: Signer, mint: Mint): Result {
    mint.initIfNeeded(payer);
    TokenProgram.initializeMint(mint, 6, authority);
  }
}

export interface Note extends Account {
  owner: Pubkey;
  text: u64;
}
