use anchor_lang::prelude::*;

use crate::state::*;

/// Accounts of `open`, in order:
///
/// 0. [writable, signer] owner
/// 1. [writable, signer] tally
/// 2. [] system_program
#[derive(Accounts)]
pub struct Open<'info> {
    #[account(mut)]
    pub owner: Signer<'info>,
    #[account(init, payer = owner, space = 8 + Tally::INIT_SPACE)]
    pub tally: Account<'info, Tally>,
    pub system_program: Program<'info, System>,
}

pub fn handler(ctx: Context<Open>) -> Result<()> {
    let owner = &ctx.accounts.owner;
    let tally = &mut ctx.accounts.tally;
    tally.owner = owner.key();
    Ok(())
}
