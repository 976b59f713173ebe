use anchor_lang::prelude::*;

use crate::helpers;
use crate::state::*;

/// Accounts of `preview`, in order:
///
/// 0. [] pool
/// 1. [] stake
#[derive(Accounts)]
pub struct Preview<'info> {
    pub pool: Account<'info, Pool>,
    pub stake: Account<'info, UserStake>,
}

pub fn handler(ctx: Context<Preview>) -> Result<()> {
    let pool = &ctx.accounts.pool;
    let stake = &ctx.accounts.stake;
    msg!(
        "pending {}",
        stake
            .unclaimed
            .checked_add(helpers::pending(pool, stake)?)
            .ok_or(ProgramError::ArithmeticOverflow)?
    );
    Ok(())
}
