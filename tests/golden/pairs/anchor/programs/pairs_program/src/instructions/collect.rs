use anchor_lang::prelude::*;

use crate::state::*;

/// Accounts of `collect`, in order:
///
/// 0. [writable, signer] owner
/// 1. [writable] other
/// 2. [writable] own
/// 3. [] system_program
#[derive(Accounts)]
pub struct Collect<'info> {
    #[account(mut)]
    pub owner: Signer<'info>,
    #[account(mut)]
    pub other: Account<'info, Tally>,
    #[account(
        init_if_needed,
        payer = owner,
        space = 8 + Tally::INIT_SPACE,
        seeds = [b"own", owner.key().as_ref()],
        bump,
    )]
    pub own: Account<'info, Tally>,
    pub system_program: Program<'info, System>,
}

pub fn handler(ctx: Context<Collect>, amount: u64) -> Result<()> {
    let owner = &ctx.accounts.owner;
    let other = &mut ctx.accounts.other;
    let own = &mut ctx.accounts.own;
    own.owner = owner.key();
    own.bump = ctx.bumps.own;
    own.count = own
        .count
        .checked_add(amount)
        .ok_or(ProgramError::ArithmeticOverflow)?;
    other.count = other
        .count
        .checked_add(amount)
        .ok_or(ProgramError::ArithmeticOverflow)?;
    Ok(())
}
