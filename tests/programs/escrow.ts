// Shared execution-test program: a token escrow. The maker deposits mint A into a vault the escrow
// state owns and asks for `receive` of mint B; a taker pays it and takes the vault; or the maker refunds.
// Exercises: Mint/TokenAccount/AssociatedTokenAccount params, a TokenAccount PDA created with init (token
// mint + authority), ATAs with initIfNeeded, TokenProgram.transfer and closeAccount signed by the escrow
// PDA's seeds, a token field read (vault.amount), has_one against mints, close of the state account.
import { Account, AssociatedTokenAccount, Mint, Pubkey, Result, Seeds, Signer, SystemAccount, TokenAccount, TokenProgram, u64, u8 } from "@solanaturbine/poseidon";

export default class EscrowProgram {
  static PROGRAM_ID = new Pubkey("DBjiNFsXuMM8UU9fHHFRF5Gy5JLa4JZTeC1mRWfW1F63");

  make(maker: Signer, mintA: Mint, mintB: Mint, makerAtaA: AssociatedTokenAccount, escrow: Escrow, vault: TokenAccount, seed: u64, deposit: u64, receive: u64): Result {
    makerAtaA.derive(mintA, maker.key);
    escrow.derive(["escrow", maker.key, seed.toBytes()]).init(maker);
    vault.derive(["vault", escrow.key], mintA, escrow.key).init(maker);

    escrow.maker = maker.key;
    escrow.mintA = mintA.key;
    escrow.mintB = mintB.key;
    escrow.seed = seed;
    escrow.receive = receive;
    escrow.bump = escrow.getBump();
    escrow.vaultBump = vault.getBump();

    TokenProgram.transfer(makerAtaA, vault, maker, deposit);
  }

  take(taker: Signer, maker: SystemAccount, mintA: Mint, mintB: Mint, takerAtaA: AssociatedTokenAccount, takerAtaB: AssociatedTokenAccount, makerAtaB: AssociatedTokenAccount, escrow: Escrow, vault: TokenAccount): Result {
    takerAtaA.derive(mintA, taker.key).initIfNeeded(taker);
    takerAtaB.derive(mintB, taker.key);
    makerAtaB.derive(mintB, maker.key).initIfNeeded(taker);
    escrow.deriveWithBump(["escrow", maker.key, escrow.seed.toBytes()], escrow.bump).has([maker, mintA, mintB]).close(maker);
    vault.deriveWithBump(["vault", escrow.key], mintA, escrow.key, escrow.vaultBump);

    TokenProgram.transfer(takerAtaB, makerAtaB, taker, escrow.receive);

    // The escrow PDA owns the vault: it signs with its own seeds, bump last.
    const seeds: Seeds = ["escrow", maker.key, escrow.seed.toBytes(), escrow.bump];
    TokenProgram.transfer(vault, takerAtaA, escrow, vault.amount, seeds);
    TokenProgram.closeAccount(vault, maker, escrow, seeds);
  }

  refund(maker: Signer, mintA: Mint, makerAtaA: AssociatedTokenAccount, escrow: Escrow, vault: TokenAccount): Result {
    makerAtaA.derive(mintA, maker.key);
    escrow.deriveWithBump(["escrow", maker.key, escrow.seed.toBytes()], escrow.bump).has([maker, mintA]).close(maker);
    vault.derive(["vault", escrow.key], mintA, escrow.key);

    const seeds: Seeds = ["escrow", maker.key, escrow.seed.toBytes(), escrow.bump];
    TokenProgram.transfer(vault, makerAtaA, escrow, vault.amount, seeds);
    TokenProgram.closeAccount(vault, maker, escrow, seeds);
  }
}

export interface Escrow extends Account {
  maker: Pubkey;
  mintA: Pubkey;
  mintB: Pubkey;
  seed: u64;
  receive: u64;
  bump: u8;
  vaultBump: u8;
}
