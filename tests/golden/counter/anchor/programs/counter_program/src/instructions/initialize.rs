use anchor_lang::prelude::*;

use crate::state::*;

/// Accounts of `initialize`, in order:
///
/// 0. [writable, signer] authority
/// 1. [writable] counter
/// 2. [] system_program
#[derive(Accounts)]
pub struct Initialize<'info> {
    #[account(mut)]
    pub authority: Signer<'info>,
    #[account(
        init,
        payer = authority,
        space = 8 + Counter::INIT_SPACE,
        seeds = [b"counter", authority.key().as_ref()],
        bump,
    )]
    pub counter: Account<'info, Counter>,
    pub system_program: Program<'info, System>,
}

pub fn handler(ctx: Context<Initialize>) -> Result<()> {
    let authority = &ctx.accounts.authority;
    let counter = &mut ctx.accounts.counter;
    counter.authority = authority.key();
    counter.count = 0;
    counter.bump = ctx.bumps.counter;
    Ok(())
}
