use anchor_lang::prelude::*;

use crate::state::*;

/// Accounts of `compute`, in order:
///
/// 0. [signer] owner
/// 1. [writable] tally
#[derive(Accounts)]
pub struct Compute<'info> {
    pub owner: Signer<'info>,
    #[account(mut, seeds = [b"tally", owner.key().as_ref()], bump, has_one = owner)]
    pub tally: Account<'info, Tally>,
}

pub fn handler(ctx: Context<Compute>, a: u64, b: u64, delta: i64) -> Result<()> {
    let tally = &mut ctx.accounts.tally;
    tally.result = a
        .checked_mul(3)
        .ok_or(ProgramError::ArithmeticOverflow)?
        .checked_add(b)
        .ok_or(ProgramError::ArithmeticOverflow)?
        .checked_div(b)
        .ok_or(ProgramError::ArithmeticOverflow)?
        .checked_sub(a.checked_rem(7).ok_or(ProgramError::ArithmeticOverflow)?)
        .ok_or(ProgramError::ArithmeticOverflow)?;
    tally.balance = tally
        .balance
        .checked_sub(
            delta
                .checked_mul(2)
                .ok_or(ProgramError::ArithmeticOverflow)?,
        )
        .ok_or(ProgramError::ArithmeticOverflow)?;
    tally.deposits = tally
        .deposits
        .checked_add(10)
        .ok_or(ProgramError::ArithmeticOverflow)?;
    Ok(())
}
