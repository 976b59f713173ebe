use anchor_lang::prelude::*;

use crate::state::*;

/// Accounts of `initialize`, in order:
///
/// 0. [writable, signer] owner
/// 1. [writable] state
/// 2. [] auth
/// 3. [] vault
/// 4. [] system_program
#[derive(Accounts)]
pub struct Initialize<'info> {
    #[account(mut)]
    pub owner: Signer<'info>,
    #[account(
        init,
        payer = owner,
        space = 8 + Vault::INIT_SPACE,
        seeds = [b"state", owner.key().as_ref()],
        bump,
    )]
    pub state: Account<'info, Vault>,
    /// CHECK: the DSL declares this account unchecked; the program reads no data from it.
    #[account(seeds = [b"auth", state.key().as_ref()], bump)]
    pub auth: UncheckedAccount<'info>,
    #[account(seeds = [b"vault", auth.key().as_ref()], bump)]
    pub vault: SystemAccount<'info>,
    pub system_program: Program<'info, System>,
}

pub fn handler(ctx: Context<Initialize>) -> Result<()> {
    let owner = &ctx.accounts.owner;
    let state = &mut ctx.accounts.state;
    state.owner = owner.key();
    state.state_bump = ctx.bumps.state;
    state.auth_bump = ctx.bumps.auth;
    state.vault_bump = ctx.bumps.vault;
    Ok(())
}
