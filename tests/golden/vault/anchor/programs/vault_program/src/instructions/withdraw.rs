use anchor_lang::prelude::*;

use crate::state::*;

/// Accounts of `withdraw`, in order:
///
/// 0. [writable, signer] owner
/// 1. [] state
/// 2. [] auth
/// 3. [writable] vault
/// 4. [] system_program
#[derive(Accounts)]
pub struct Withdraw<'info> {
    #[account(mut)]
    pub owner: Signer<'info>,
    #[account(seeds = [b"state", owner.key().as_ref()], bump = state.state_bump, has_one = owner)]
    pub state: Account<'info, Vault>,
    /// CHECK: the DSL declares this account unchecked; the program reads no data from it.
    #[account(seeds = [b"auth", state.key().as_ref()], bump = state.auth_bump)]
    pub auth: UncheckedAccount<'info>,
    #[account(mut, seeds = [b"vault", auth.key().as_ref()], bump = state.vault_bump)]
    pub vault: SystemAccount<'info>,
    pub system_program: Program<'info, System>,
}

pub fn handler(ctx: Context<Withdraw>, amount: u64) -> Result<()> {
    let owner = &ctx.accounts.owner;
    let state = &ctx.accounts.state;
    let auth = &ctx.accounts.auth;
    let vault = &ctx.accounts.vault;
    let system_program = &ctx.accounts.system_program;
    anchor_lang::system_program::transfer(
        CpiContext::new_with_signer(
            system_program.key(),
            anchor_lang::system_program::Transfer {
                from: vault.to_account_info(),
                to: owner.to_account_info(),
            },
            &[&[b"vault", auth.key().as_ref(), &[state.vault_bump]]],
        ),
        amount,
    )?;
    Ok(())
}
