// Shared execution-test program: a mint whose mint authority is a PDA of this program.
// Exercises: Mint.derive with seeds + init (mint::authority, mint::decimals), the same constraints on an
// existing mint, mintTo an associated token account created with initIfNeeded and signed by the PDA's
// seeds, burn by the holder, token field reads (mint.supply, ata.amount) in require.
import { Account, AssociatedTokenAccount, Mint, Pubkey, Result, Signer, SystemAccount, TokenProgram, require, u64, u8 } from "@solanaturbine/poseidon";

export default class MinterProgram {
  static PROGRAM_ID = new Pubkey("Adiew3Dxz8Bhm5jKjvwFDPqUcNgYcFurbChYFRZPYnqe");

  initialize(admin: Signer, config: MinterConfig, mint: Mint): Result {
    config.derive(["config"]).init(admin);
    mint.derive(["mint"], config.key, 6).init(admin);

    config.admin = admin.key;
    config.bump = config.getBump();
  }

  mintTokens(admin: Signer, config: MinterConfig, mint: Mint, recipient: SystemAccount, recipientAta: AssociatedTokenAccount, amount: u64): Result {
    config.deriveWithBump(["config"], config.bump).has([admin]);
    mint.derive(["mint"], config.key, 6);
    recipientAta.derive(mint, recipient.key).initIfNeeded(admin);

    require(mint.supply.add(amount).lte(1_000_000_000_000_000), MinterError.SupplyCapExceeded);
    TokenProgram.mintTo(mint, recipientAta, config, amount, ["config", config.bump]);
  }

  burnTokens(owner: Signer, mint: Mint, ownerAta: AssociatedTokenAccount, amount: u64): Result {
    ownerAta.derive(mint, owner.key);

    require(ownerAta.amount.gte(amount), MinterError.InsufficientBalance);
    TokenProgram.burn(mint, ownerAta, owner, amount);
  }
}

export enum MinterError {
  SupplyCapExceeded = "Minting this amount would exceed the supply cap",
  InsufficientBalance = "Not enough tokens to burn",
}

export interface MinterConfig extends Account {
  admin: Pubkey;
  bump: u8;
}
