use anchor_lang::prelude::*;

use crate::error::*;
use crate::helpers;
use crate::state::*;

/// Accounts of `stake`, in order:
///
/// 0. [writable, signer] owner
/// 1. [writable] pool
/// 2. [writable] stake
/// 3. [] system_program
#[derive(Accounts)]
pub struct Stake<'info> {
    #[account(mut)]
    pub owner: Signer<'info>,
    #[account(mut)]
    pub pool: Account<'info, Pool>,
    #[account(
        init_if_needed,
        payer = owner,
        space = 8 + UserStake::INIT_SPACE,
        seeds = [b"stake", pool.key().as_ref(), owner.key().as_ref()],
        bump,
    )]
    pub stake: Account<'info, UserStake>,
    pub system_program: Program<'info, System>,
}

pub fn handler(ctx: Context<Stake>, amount: u64) -> Result<()> {
    let owner = &ctx.accounts.owner;
    let pool = &mut ctx.accounts.pool;
    let stake = &mut ctx.accounts.stake;
    require!(amount > 0, RewardsProgramError::ZeroAmount);
    helpers::accrue(pool, Clock::get()?.unix_timestamp)?;
    helpers::settle(pool, stake)?;
    stake.owner = owner.key();
    stake.bump = ctx.bumps.stake;
    stake.amount = stake
        .amount
        .checked_add(amount)
        .ok_or(ProgramError::ArithmeticOverflow)?;
    pool.total_staked = pool
        .total_staked
        .checked_add(amount)
        .ok_or(ProgramError::ArithmeticOverflow)?;
    helpers::reset_debt(pool, stake)?;
    Ok(())
}
