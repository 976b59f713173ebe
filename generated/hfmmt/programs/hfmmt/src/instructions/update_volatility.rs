use anchor_lang::prelude::*;

use crate::error::*;
use crate::events::*;
use crate::state::*;

/// Accounts of `update_volatility`, in order:
///
/// 0. [signer] performance_authority
/// 1. [writable] config
#[derive(Accounts)]
pub struct UpdateVolatility<'info> {
    pub performance_authority: Signer<'info>,
    #[account(mut, seeds = [b"config"], bump = config.bump)]
    pub config: Account<'info, Config>,
}

pub fn handler(ctx: Context<UpdateVolatility>, volatility_bps: u64) -> Result<()> {
    let performance_authority = &ctx.accounts.performance_authority;
    let config = &mut ctx.accounts.config;
    require!(
        performance_authority.key() == config.performance_authority,
        HfmmtError::Unauthorized
    );
    let now: i64 = Clock::get()?.unix_timestamp;
    let epochs_passed: i64 = now
        .checked_sub(config.epoch_start)
        .ok_or(ProgramError::ArithmeticOverflow)?
        .checked_div(config.params.epoch_seconds)
        .ok_or(ProgramError::ArithmeticOverflow)?;
    if epochs_passed > 0 {
        let mut finished_score: u64 = 0;
        if epochs_passed == 1 {
            finished_score = config.epoch_score;
        }
        let budget: u64 = config
            .reward_budget
            .checked_add(
                config
                    .prev_epoch_pool
                    .checked_sub(config.prev_epoch_paid)
                    .ok_or(ProgramError::ArithmeticOverflow)?,
            )
            .ok_or(ProgramError::ArithmeticOverflow)?;
        let mut pool: u64 = 0;
        if finished_score > 0 {
            pool = config.params.mm_epoch_budget.min(budget);
        }
        config.reward_budget = budget
            .checked_sub(pool)
            .ok_or(ProgramError::ArithmeticOverflow)?;
        config.prev_epoch_score = finished_score;
        config.prev_epoch_pool = pool;
        config.prev_epoch_paid = 0;
        config.epoch_score = 0;
        config.epoch_index = config
            .epoch_index
            .checked_add(
                u64::try_from(epochs_passed)
                    .map_err(|_| error!(ErrorCode::InvalidNumericConversion))?,
            )
            .ok_or(ProgramError::ArithmeticOverflow)?;
        config.epoch_start = config
            .epoch_start
            .checked_add(
                epochs_passed
                    .checked_mul(config.params.epoch_seconds)
                    .ok_or(ProgramError::ArithmeticOverflow)?,
            )
            .ok_or(ProgramError::ArithmeticOverflow)?;
    }
    if now > config.last_update {
        if config.total_effective > 0 {
            let emission: u64 = u64::try_from(
                u128::try_from(
                    now.checked_sub(config.last_update)
                        .ok_or(ProgramError::ArithmeticOverflow)?,
                )
                    .map_err(|_| error!(ErrorCode::InvalidNumericConversion))?
                    .checked_mul(u128::from(config.params.reward_rate))
                    .ok_or(ProgramError::ArithmeticOverflow)?
                    .checked_mul(u128::from(config.volatility_multiplier_bps))
                    .ok_or(ProgramError::ArithmeticOverflow)?
                    .checked_div(10000)
                    .ok_or(ProgramError::ArithmeticOverflow)?
                    .min(u128::from(config.reward_budget)),
            )
            .map_err(|_| error!(ErrorCode::InvalidNumericConversion))?;
            config.acc_reward_per_share = config
                .acc_reward_per_share
                .checked_add(
                    u128::from(emission)
                        .checked_mul(1000000000000)
                        .ok_or(ProgramError::ArithmeticOverflow)?
                        .checked_div(u128::from(config.total_effective))
                        .ok_or(ProgramError::ArithmeticOverflow)?,
                )
                .ok_or(ProgramError::ArithmeticOverflow)?;
            config.reward_budget = config
                .reward_budget
                .checked_sub(emission)
                .ok_or(ProgramError::ArithmeticOverflow)?;
        }
        config.last_update = now;
    }
    let mut multiplier: u64 = 10000;
    if volatility_bps > config.params.volatility_threshold {
        multiplier = volatility_bps
            .min(config.params.max_volatility_multiplier_bps)
            .checked_mul(10000)
            .ok_or(ProgramError::ArithmeticOverflow)?
            .checked_div(config.params.volatility_threshold)
            .ok_or(ProgramError::ArithmeticOverflow)?
            .min(config.params.max_volatility_multiplier_bps);
    }
    config.volatility_bps = volatility_bps;
    config.volatility_multiplier_bps = multiplier;
    emit!(VolatilityUpdated {
        volatility_bps,
        multiplier_bps: multiplier
    });
    Ok(())
}
