use anchor_lang::prelude::*;

use crate::error::*;
use crate::events::*;
use crate::state::*;

/// Accounts of `update_config`, in order:
///
/// 0. [signer] admin
/// 1. [writable] config
#[derive(Accounts)]
pub struct UpdateConfig<'info> {
    pub admin: Signer<'info>,
    #[account(mut, seeds = [b"config"], bump = config.bump)]
    pub config: Account<'info, Config>,
}

pub fn handler(ctx: Context<UpdateConfig>, config_params: ConfigParams) -> Result<()> {
    let admin = &ctx.accounts.admin;
    let config = &mut ctx.accounts.config;
    require!(admin.key() == config.admin, HfmmtError::Unauthorized);
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
    config.params = config_params;
    require!(
        config.params.volatility_threshold > 0
            && config.params.volatility_threshold <= 10000
            && config.params.spread_weight_bps <= 10000
            && config.params.flow_weight_bps <= 10000
            && config.params.maker_rebate_bps <= 10000
            && config.params.slash_bps <= 10000,
        HfmmtError::InvalidParameter
    );
    require!(
        config.params.max_volatility_multiplier_bps >= 10000
            && config.params.max_volatility_multiplier_bps <= 100000
            && config.params.lp_max_duration_multiplier_bps >= 10000
            && config.params.lp_max_duration_multiplier_bps <= 100000
            && config.params.lp_reward_rate <= 1000000000000,
        HfmmtError::InvalidParameter
    );
    require!(
        config.params.epoch_seconds > 0
            && config.params.epoch_seconds <= 1000000000
            && config.params.warmup_seconds >= 0
            && config.params.warmup_seconds <= 1000000000
            && config.params.unstake_cooldown_seconds >= 0
            && config.params.unstake_cooldown_seconds <= 1000000000
            && config.params.lp_ramp_seconds > 0
            && config.params.lp_ramp_seconds <= 1000000000
            && config.params.inactivity_seconds > 0
            && config.params.inactivity_seconds <= 1000000000,
        HfmmtError::InvalidParameter
    );
    require!(
        config.params.priority_tiers.tier1 > 0
            && config.params.priority_tiers.tier1 <= config.params.priority_tiers.tier2
            && config.params.priority_tiers.tier2 <= config.params.priority_tiers.tier3,
        HfmmtError::InvalidParameter
    );
    let mut multiplier: u64 = 10000;
    if config.volatility_bps > config.params.volatility_threshold {
        multiplier = config
            .volatility_bps
            .min(config.params.max_volatility_multiplier_bps)
            .checked_mul(10000)
            .ok_or(ProgramError::ArithmeticOverflow)?
            .checked_div(config.params.volatility_threshold)
            .ok_or(ProgramError::ArithmeticOverflow)?
            .min(config.params.max_volatility_multiplier_bps);
    }
    config.volatility_multiplier_bps = multiplier;
    emit!(ConfigUpdated {
        params: config.params.clone(),
        paused: config.paused
    });
    Ok(())
}
