use anchor_lang::prelude::*;

use crate::error::*;
use crate::helpers;
use crate::state::*;

/// Accounts of `unstake`, in order:
///
/// 0. [signer] owner
/// 1. [writable] pool
/// 2. [writable] stake
#[derive(Accounts)]
pub struct Unstake<'info> {
    pub owner: Signer<'info>,
    #[account(mut)]
    pub pool: Account<'info, Pool>,
    #[account(
        mut,
        seeds = [b"stake", pool.key().as_ref(), owner.key().as_ref()],
        bump = stake.bump,
        has_one = owner,
    )]
    pub stake: Account<'info, UserStake>,
}

pub fn handler(ctx: Context<Unstake>, amount: u64) -> Result<()> {
    let pool = &mut ctx.accounts.pool;
    let stake = &mut ctx.accounts.stake;
    helpers::accrue(pool, Clock::get()?.unix_timestamp)?;
    helpers::settle(pool, stake)?;
    require!(stake.amount >= amount, RewardsProgramError::NotEnoughStake);
    stake.amount = stake
        .amount
        .checked_sub(amount)
        .ok_or(ProgramError::ArithmeticOverflow)?;
    pool.total_staked = pool
        .total_staked
        .checked_sub(amount)
        .ok_or(ProgramError::ArithmeticOverflow)?;
    helpers::reset_debt(pool, stake)?;
    Ok(())
}
