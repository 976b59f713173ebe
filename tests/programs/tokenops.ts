// Shared execution-test program: one small instruction per TokenProgram function. The `pda*` instructions
// are signed by the state PDA ["authority"] (mint and freeze authority of the PDA mint ["mint"], owner of the
// vault ["vault"]) with its seeds, and only its admin may call them; the others are signed by a wallet.
// Exercises: every TokenProgram function, setAuthority with each AuthorityType with and without a new authority.
import {
  Account, AssociatedTokenAccount, AuthorityType, Mint, Pubkey, Result, Seeds, Signer, SystemAccount, SystemProgram, TokenAccount,
  TokenProgram, UncheckedAccount, u64, u8,
} from "@solanaturbine/poseidon";

export default class TokenOpsProgram {
  static PROGRAM_ID = new Pubkey("A4CtQRqkD7HuZFhcq1Ak5Ra1WxBSt6xM69wKbS1vGJkr");

  initialize(admin: Signer, authority: TokenAuthority, mint: Mint, vault: TokenAccount): Result {
    authority.derive(["authority"]).init(admin);
    mint.derive(["mint"], authority.key, 6, authority.key).init(admin);
    vault.derive(["vault"], mint, authority.key).init(admin);
    authority.admin = admin.key;
    authority.bump = authority.getBump();
  }

  // ── signed by the authority PDA ──

  pdaMintTo(admin: Signer, authority: TokenAuthority, mint: Mint, to: TokenAccount, amount: u64): Result {
    authority.deriveWithBump(["authority"], authority.bump).has([admin]);
    mint.derive(["mint"], authority.key, 6);
    const seeds: Seeds = ["authority", authority.bump];
    TokenProgram.mintTo(mint, to, authority, amount, seeds);
  }

  pdaTransfer(admin: Signer, authority: TokenAuthority, mint: Mint, vault: TokenAccount, to: TokenAccount, amount: u64): Result {
    authority.deriveWithBump(["authority"], authority.bump).has([admin]);
    vault.derive(["vault"], mint, authority.key);
    TokenProgram.transfer(vault, to, authority, amount, ["authority", authority.bump]);
  }

  pdaTransferChecked(admin: Signer, authority: TokenAuthority, mint: Mint, vault: TokenAccount, to: TokenAccount, amount: u64, decimals: u8): Result {
    authority.deriveWithBump(["authority"], authority.bump).has([admin]);
    vault.derive(["vault"], mint, authority.key);
    TokenProgram.transferChecked(vault, mint, to, authority, amount, decimals, ["authority", authority.bump]);
  }

  pdaBurn(admin: Signer, authority: TokenAuthority, mint: Mint, vault: TokenAccount, amount: u64): Result {
    authority.deriveWithBump(["authority"], authority.bump).has([admin]);
    vault.derive(["vault"], mint, authority.key);
    TokenProgram.burn(mint, vault, authority, amount, ["authority", authority.bump]);
  }

  pdaApprove(admin: Signer, authority: TokenAuthority, mint: Mint, vault: TokenAccount, delegate: SystemAccount, amount: u64): Result {
    authority.deriveWithBump(["authority"], authority.bump).has([admin]);
    vault.derive(["vault"], mint, authority.key);
    TokenProgram.approve(vault, delegate, authority, amount, ["authority", authority.bump]);
  }

  pdaApproveChecked(admin: Signer, authority: TokenAuthority, mint: Mint, vault: TokenAccount, delegate: SystemAccount, amount: u64): Result {
    authority.deriveWithBump(["authority"], authority.bump).has([admin]);
    vault.derive(["vault"], mint, authority.key);
    TokenProgram.approveChecked(vault, mint, delegate, authority, amount, mint.decimals, ["authority", authority.bump]);
  }

  pdaRevoke(admin: Signer, authority: TokenAuthority, mint: Mint, vault: TokenAccount): Result {
    authority.deriveWithBump(["authority"], authority.bump).has([admin]);
    vault.derive(["vault"], mint, authority.key);
    TokenProgram.revoke(vault, authority, ["authority", authority.bump]);
  }

  pdaFreeze(admin: Signer, authority: TokenAuthority, mint: Mint, account: TokenAccount): Result {
    authority.deriveWithBump(["authority"], authority.bump).has([admin]);
    TokenProgram.freezeAccount(account, mint, authority, ["authority", authority.bump]);
  }

  pdaThaw(admin: Signer, authority: TokenAuthority, mint: Mint, account: TokenAccount): Result {
    authority.deriveWithBump(["authority"], authority.bump).has([admin]);
    TokenProgram.thawAccount(account, mint, authority, ["authority", authority.bump]);
  }

  pdaClose(admin: Signer, authority: TokenAuthority, mint: Mint, vault: TokenAccount): Result {
    authority.deriveWithBump(["authority"], authority.bump).has([admin]);
    vault.derive(["vault"], mint, authority.key);
    TokenProgram.closeAccount(vault, admin, authority, ["authority", authority.bump]);
  }

  /** Hands the PDA mint's mint authority to `newAuthority`. */
  pdaSetMintAuthority(admin: Signer, authority: TokenAuthority, mint: Mint, newAuthority: Pubkey): Result {
    authority.deriveWithBump(["authority"], authority.bump).has([admin]);
    TokenProgram.setAuthority(authority, mint, AuthorityType.MintTokens, newAuthority, ["authority", authority.bump]);
  }

  /** Removes the PDA mint's freeze authority for good. */
  pdaClearFreezeAuthority(admin: Signer, authority: TokenAuthority, mint: Mint): Result {
    authority.deriveWithBump(["authority"], authority.bump).has([admin]);
    TokenProgram.setAuthority(authority, mint, AuthorityType.FreezeAccount, undefined, ["authority", authority.bump]);
  }

  /** Gives the vault to `newOwner`. */
  pdaSetVaultOwner(admin: Signer, authority: TokenAuthority, mint: Mint, vault: TokenAccount, newOwner: Pubkey): Result {
    authority.deriveWithBump(["authority"], authority.bump).has([admin]);
    vault.derive(["vault"], mint, authority.key);
    TokenProgram.setAuthority(authority, vault, AuthorityType.AccountOwner, newOwner, ["authority", authority.bump]);
  }

  /** Initializes an allocated, token-program-owned account as a token account the authority PDA owns. */
  pdaInitializeAccount(authority: TokenAuthority, mint: Mint, account: UncheckedAccount): Result {
    authority.deriveWithBump(["authority"], authority.bump);
    TokenProgram.initializeAccount(account, mint, authority);
  }

  // ── signed by a wallet ──

  transfer(owner: Signer, from: TokenAccount, to: TokenAccount, amount: u64): Result {
    TokenProgram.transfer(from, to, owner, amount);
  }

  transferChecked(owner: Signer, mint: Mint, from: TokenAccount, to: TokenAccount, amount: u64, decimals: u8): Result {
    TokenProgram.transferChecked(from, mint, to, owner, amount, decimals);
  }

  mintTo(mintAuthority: Signer, mint: Mint, to: TokenAccount, amount: u64): Result {
    TokenProgram.mintTo(mint, to, mintAuthority, amount);
  }

  burn(owner: Signer, mint: Mint, ownerAta: AssociatedTokenAccount, amount: u64): Result {
    ownerAta.derive(mint, owner.key);
    TokenProgram.burn(mint, ownerAta, owner, amount);
  }

  approve(owner: Signer, source: TokenAccount, delegate: SystemAccount, amount: u64): Result {
    TokenProgram.approve(source, delegate, owner, amount);
  }

  approveChecked(owner: Signer, mint: Mint, source: TokenAccount, delegate: SystemAccount, amount: u64, decimals: u8): Result {
    TokenProgram.approveChecked(source, mint, delegate, owner, amount, decimals);
  }

  revoke(owner: Signer, source: TokenAccount): Result {
    TokenProgram.revoke(source, owner);
  }

  freezeAccount(freezeAuthority: Signer, mint: Mint, account: TokenAccount): Result {
    TokenProgram.freezeAccount(account, mint, freezeAuthority);
  }

  thawAccount(freezeAuthority: Signer, mint: Mint, account: TokenAccount): Result {
    TokenProgram.thawAccount(account, mint, freezeAuthority);
  }

  closeAccount(owner: Signer, account: TokenAccount, destination: SystemAccount): Result {
    TokenProgram.closeAccount(account, destination, owner);
  }

  setAccountOwner(owner: Signer, account: TokenAccount, newOwner: Pubkey): Result {
    TokenProgram.setAuthority(owner, account, AuthorityType.AccountOwner, newOwner);
  }

  /** SPL Token refuses this: an account always has an owner. */
  clearAccountOwner(owner: Signer, account: TokenAccount): Result {
    TokenProgram.setAuthority(owner, account, AuthorityType.AccountOwner);
  }

  setCloseAuthority(owner: Signer, account: TokenAccount, closer: SystemAccount): Result {
    TokenProgram.setAuthority(owner, account, AuthorityType.CloseAccount, closer.key);
  }

  clearCloseAuthority(current: Signer, account: TokenAccount): Result {
    TokenProgram.setAuthority(current, account, AuthorityType.CloseAccount);
  }

  setFreezeAuthority(current: Signer, mint: Mint, newAuthority: Pubkey): Result {
    TokenProgram.setAuthority(current, mint, AuthorityType.FreezeAccount, newAuthority);
  }

  clearMintAuthority(current: Signer, mint: Mint): Result {
    TokenProgram.setAuthority(current, mint, AuthorityType.MintTokens);
  }

  initializeAccount(account: UncheckedAccount, mint: Mint, owner: SystemAccount): Result {
    TokenProgram.initializeAccount(account, mint, owner);
  }

  /** Wraps SOL: moves lamports into a native token account, then syncs its token amount. */
  wrapSol(owner: Signer, wrapped: TokenAccount, lamports: u64): Result {
    SystemProgram.transfer(owner, wrapped, lamports);
    TokenProgram.syncNative(wrapped);
  }

  syncNative(wrapped: TokenAccount): Result {
    TokenProgram.syncNative(wrapped);
  }
}

export interface TokenAuthority extends Account {
  admin: Pubkey;
  bump: u8;
}
