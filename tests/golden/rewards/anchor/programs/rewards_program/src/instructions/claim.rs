use anchor_lang::prelude::*;

use crate::error::*;
use crate::events::*;
use crate::helpers;
use crate::state::*;

/// Accounts of `claim`, in order:
///
/// 0. [signer] owner
/// 1. [writable] pool
/// 2. [writable] stake
#[derive(Accounts)]
pub struct Claim<'info> {
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

pub fn handler(ctx: Context<Claim>) -> Result<()> {
    let owner = &ctx.accounts.owner;
    let pool = &mut ctx.accounts.pool;
    let stake = &mut ctx.accounts.stake;
    helpers::accrue(pool, Clock::get()?.unix_timestamp)?;
    let reward: u64 = stake
        .unclaimed
        .checked_add(helpers::pending(pool, stake)?)
        .ok_or(ProgramError::ArithmeticOverflow)?;
    require!(reward > 0, RewardsProgramError::NothingToClaim);
    stake.unclaimed = 0;
    helpers::reset_debt(pool, stake)?;
    emit!(Claimed {
        owner: owner.key(),
        amount: reward
    });
    Ok(())
}
