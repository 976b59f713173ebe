use anchor_lang::prelude::*;

use crate::error::*;
use crate::state::*;

pub fn scaled(amount: u64, per_share: u128) -> Result<u128> {
    Ok(u128::from(amount)
        .checked_mul(per_share)
        .ok_or(ProgramError::ArithmeticOverflow)?
        .checked_div(1000000000000)
        .ok_or(ProgramError::ArithmeticOverflow)?)
}

pub fn accrue(pool: &mut Pool, now: i64) -> Result<()> {
    if now <= pool.last_update {
        return Ok(());
    }
    if pool.total_staked == 0 {
        pool.last_update = now;
        return Ok(());
    }
    let elapsed: u64 = u64::try_from(
        now.checked_sub(pool.last_update)
            .ok_or(ProgramError::ArithmeticOverflow)?,
    )
    .map_err(|_| error!(ErrorCode::InvalidNumericConversion))?;
    let reward: u128 = u128::from(
        elapsed
            .checked_mul(pool.reward_rate)
            .ok_or(ProgramError::ArithmeticOverflow)?,
    );
    pool.acc_per_share = pool
        .acc_per_share
        .checked_add(
            reward
                .checked_mul(1000000000000u128)
                .ok_or(ProgramError::ArithmeticOverflow)?
                .checked_div(u128::from(pool.total_staked))
                .ok_or(ProgramError::ArithmeticOverflow)?,
        )
        .ok_or(ProgramError::ArithmeticOverflow)?;
    pool.last_update = now;
    Ok(())
}

pub fn pending(pool: &Pool, stake: &UserStake) -> Result<u64> {
    let earned: u128 = scaled(stake.amount, pool.acc_per_share)?;
    require!(earned >= stake.reward_debt, RewardsProgramError::DebtAhead);
    Ok(u64::try_from(
        earned
            .checked_sub(stake.reward_debt)
            .ok_or(ProgramError::ArithmeticOverflow)?,
    )
    .map_err(|_| error!(ErrorCode::InvalidNumericConversion))?)
}

pub fn settle(pool: &Pool, stake: &mut UserStake) -> Result<()> {
    let earned: u64 = pending(pool, stake)?;
    if earned > 0 {
        stake.unclaimed = stake
            .unclaimed
            .checked_add(earned)
            .ok_or(ProgramError::ArithmeticOverflow)?;
        msg!("settled {}", earned);
    }
    Ok(())
}

pub fn reset_debt(pool: &Pool, stake: &mut UserStake) -> Result<()> {
    stake.reward_debt = scaled(stake.amount, pool.acc_per_share)?;
    Ok(())
}
