use anchor_lang::prelude::*;

use crate::state::*;

/// Accounts of `decrement`, in order:
///
/// 0. [signer] authority
/// 1. [writable] counter
#[derive(Accounts)]
pub struct Decrement<'info> {
    pub authority: Signer<'info>,
    #[account(
        mut,
        seeds = [b"counter", authority.key().as_ref()],
        bump = counter.bump,
        has_one = authority,
    )]
    pub counter: Account<'info, Counter>,
}

pub fn handler(ctx: Context<Decrement>) -> Result<()> {
    let counter = &mut ctx.accounts.counter;
    counter.count = counter
        .count
        .checked_sub(1)
        .ok_or(ProgramError::ArithmeticOverflow)?;
    Ok(())
}
