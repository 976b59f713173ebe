use anchor_lang::prelude::*;

use crate::state::*;

/// Accounts of `shift`, in order:
///
/// 0. [signer] owner
/// 1. [writable] from
/// 2. [writable] to
#[derive(Accounts)]
pub struct Shift<'info> {
    pub owner: Signer<'info>,
    #[account(mut, has_one = owner)]
    pub from: Account<'info, Tally>,
    #[account(mut)]
    pub to: Account<'info, Tally>,
}

pub fn handler(ctx: Context<Shift>, amount: u64) -> Result<()> {
    let from = &mut ctx.accounts.from;
    let to = &mut ctx.accounts.to;
    from.count = from
        .count
        .checked_sub(amount)
        .ok_or(ProgramError::ArithmeticOverflow)?;
    to.count = to
        .count
        .checked_add(amount)
        .ok_or(ProgramError::ArithmeticOverflow)?;
    Ok(())
}
