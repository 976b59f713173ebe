// Shared execution-test program: a lamport vault PDA per owner.
// Exercises: three PDAs (state, auth, vault), bumps stored in state, SystemProgram.transfer into the
// vault and out of it with PDA signer seeds ending in the stored bump.
import { Account, Pubkey, Result, Signer, SystemAccount, SystemProgram, UncheckedAccount, u64, u8 } from "@solanaturbine/poseidon";

export default class VaultProgram {
  static PROGRAM_ID = new Pubkey("GZejERmJnsGsbT7yazS3DWrBowCAtMWttFs5eA5jUjbU");

  initialize(owner: Signer, state: Vault, auth: UncheckedAccount, vault: SystemAccount): Result {
    auth.derive(["auth", state.key]);
    state.derive(["state", owner.key]).init(owner);
    vault.derive(["vault", auth.key]);

    state.owner = owner.key;
    state.stateBump = state.getBump();
    state.authBump = auth.getBump();
    state.vaultBump = vault.getBump();
  }

  deposit(owner: Signer, state: Vault, auth: UncheckedAccount, vault: SystemAccount, amount: u64): Result {
    state.deriveWithBump(["state", owner.key], state.stateBump).has([owner]);
    auth.deriveWithBump(["auth", state.key], state.authBump);
    vault.deriveWithBump(["vault", auth.key], state.vaultBump);

    SystemProgram.transfer(owner, vault, amount);
  }

  withdraw(owner: Signer, state: Vault, auth: UncheckedAccount, vault: SystemAccount, amount: u64): Result {
    state.deriveWithBump(["state", owner.key], state.stateBump).has([owner]);
    auth.deriveWithBump(["auth", state.key], state.authBump);
    vault.deriveWithBump(["vault", auth.key], state.vaultBump);

    // The vault is a PDA: it signs the transfer with its own seeds, bump last.
    SystemProgram.transfer(vault, owner, amount, ["vault", auth.key, state.vaultBump]);
  }
}

export interface Vault extends Account {
  owner: Pubkey;
  stateBump: u8;
  authBump: u8;
  vaultBump: u8;
}
