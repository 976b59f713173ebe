use anchor_lang::prelude::*;

use crate::state::*;

/// Accounts of `withdraw`, in order:
///
/// 0. [signer] owner
/// 1. [writable] tally
#[derive(Accounts)]
pub struct Withdraw<'info> {
    pub owner: Signer<'info>,
    #[account(mut, seeds = [b"tally", owner.key().as_ref()], bump, has_one = owner)]
    pub tally: Account<'info, Tally>,
}

pub fn handler(ctx: Context<Withdraw>, amount: u64) -> Result<()> {
    let tally = &mut ctx.accounts.tally;
    tally.total = tally
        .total
        .checked_sub(amount)
        .ok_or(ProgramError::ArithmeticOverflow)?;
    tally.deposits = tally
        .deposits
        .checked_sub(1)
        .ok_or(ProgramError::ArithmeticOverflow)?;
    Ok(())
}
