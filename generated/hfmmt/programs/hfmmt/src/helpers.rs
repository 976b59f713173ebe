use anchor_lang::prelude::*;

use crate::error::*;
use crate::events::*;
use crate::state::*;

pub fn checkpoint(config: &mut Config, now: i64) -> Result<()> {
    let since_epoch_start: i64 = now
        .checked_sub(config.epoch_start)
        .ok_or(ProgramError::ArithmeticOverflow)?;
    if since_epoch_start >= config.params.epoch_seconds {
        let epoch_seconds: u64 = u64::try_from(config.params.epoch_seconds)
            .map_err(|_| error!(ErrorCode::InvalidNumericConversion))?;
        let epochs_passed: u64 = u64::try_from(since_epoch_start)
            .map_err(|_| error!(ErrorCode::InvalidNumericConversion))?
            .checked_div(epoch_seconds)
            .ok_or(ProgramError::ArithmeticOverflow)?;
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
        config.epoch_rebates = 0;
        config.epoch_index = config
            .epoch_index
            .checked_add(epochs_passed)
            .ok_or(ProgramError::ArithmeticOverflow)?;
        config.epoch_start = now
            .checked_sub(
                i64::try_from(
                    u64::try_from(since_epoch_start)
                        .map_err(|_| error!(ErrorCode::InvalidNumericConversion))?
                        .checked_rem(epoch_seconds)
                        .ok_or(ProgramError::ArithmeticOverflow)?,
                )
                .map_err(|_| error!(ErrorCode::InvalidNumericConversion))?,
            )
            .ok_or(ProgramError::ArithmeticOverflow)?;
    }
    if now > config.last_update {
        let elapsed: u64 = u64::try_from(
            now.checked_sub(config.last_update)
                .ok_or(ProgramError::ArithmeticOverflow)?,
        )
        .map_err(|_| error!(ErrorCode::InvalidNumericConversion))?;
        if config.total_effective > 0 {
            let emission: u64 = u64::try_from(
                u128::from(elapsed)
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
        if config.total_liquidity > 0 {
            let wanted: u128 = u128::from(elapsed)
                .checked_mul(config.lp_reserve_rate)
                .ok_or(ProgramError::ArithmeticOverflow)?
                .checked_add(999999)
                .ok_or(ProgramError::ArithmeticOverflow)?
                .checked_div(1000000)
                .ok_or(ProgramError::ArithmeticOverflow)?;
            let mut per_unit: u128 = u128::from(elapsed)
                .checked_mul(u128::from(config.lp_unit_rate))
                .ok_or(ProgramError::ArithmeticOverflow)?;
            let mut reserved: u64 = config.reward_budget;
            if wanted <= u128::from(config.reward_budget) {
                reserved = u64::try_from(wanted)
                    .map_err(|_| error!(ErrorCode::InvalidNumericConversion))?;
            } else {
                per_unit = per_unit.min(
                    u128::from(config.reward_budget)
                        .checked_mul(1000000000000)
                        .ok_or(ProgramError::ArithmeticOverflow)?
                        .checked_div(u128::from(config.total_liquidity))
                        .ok_or(ProgramError::ArithmeticOverflow)?,
                );
            }
            config.lp_acc_per_unit = config
                .lp_acc_per_unit
                .checked_add(per_unit)
                .ok_or(ProgramError::ArithmeticOverflow)?;
            config.reward_budget = config
                .reward_budget
                .checked_sub(reserved)
                .ok_or(ProgramError::ArithmeticOverflow)?;
        }
        config.last_update = now;
    }
    Ok(())
}

pub fn reprice_liquidity(config: &mut Config) -> Result<()> {
    config.lp_unit_rate = u64::try_from(
        u128::from(config.params.lp_reward_rate)
            .checked_mul(u128::from(config.params.lp_max_duration_multiplier_bps))
            .ok_or(ProgramError::ArithmeticOverflow)?
            .checked_div(10000u128)
            .ok_or(ProgramError::ArithmeticOverflow)?,
    )
    .map_err(|_| ProgramError::ArithmeticOverflow)?;
    config.lp_reserve_rate = u128::from(config.total_liquidity)
        .checked_mul(u128::from(config.params.lp_reward_rate))
        .ok_or(ProgramError::ArithmeticOverflow)?
        .checked_mul(u128::from(config.params.lp_max_duration_multiplier_bps))
        .ok_or(ProgramError::ArithmeticOverflow)?
        .checked_add(9999999999)
        .ok_or(ProgramError::ArithmeticOverflow)?
        .checked_div(10000000000)
        .ok_or(ProgramError::ArithmeticOverflow)?;
    Ok(())
}

pub fn checkpoint_maker(config: &mut Config, maker: &mut MarketMaker, now: i64) -> Result<()> {
    checkpoint(config, now)?;
    if config.acc_reward_per_share != maker.reward_debt {
        maker.accrued_rewards = maker
            .accrued_rewards
            .checked_add(
                u64::try_from(
                    u128::from(maker.effective_stake)
                        .checked_mul(
                            config
                                .acc_reward_per_share
                                .checked_sub(maker.reward_debt)
                                .ok_or(ProgramError::ArithmeticOverflow)?,
                        )
                        .ok_or(ProgramError::ArithmeticOverflow)?
                        .checked_div(1000000000000)
                        .ok_or(ProgramError::ArithmeticOverflow)?,
                )
                .map_err(|_| error!(ErrorCode::InvalidNumericConversion))?,
            )
            .ok_or(ProgramError::ArithmeticOverflow)?;
        maker.reward_debt = config.acc_reward_per_share;
    }
    if maker.warming_amount > 0 && maker.warming_until <= now {
        maker.staked = maker
            .staked
            .checked_add(maker.warming_amount)
            .ok_or(ProgramError::ArithmeticOverflow)?;
        maker.warming_amount = 0;
    }
    Ok(())
}

pub fn recount_stake(config: &mut Config, maker: &mut MarketMaker, now: i64) -> Result<()> {
    let mut counted: u64 = 0;
    if maker.staked >= config.params.min_stake {
        counted = maker.staked;
    }
    config.total_effective = config
        .total_effective
        .checked_sub(maker.effective_stake)
        .ok_or(ProgramError::ArithmeticOverflow)?
        .checked_add(counted)
        .ok_or(ProgramError::ArithmeticOverflow)?;
    maker.effective_stake = counted;
    if counted >= config.params.priority_tiers.tier3 {
        maker.priority_tier = 3;
    } else if counted >= config.params.priority_tiers.tier2 {
        maker.priority_tier = 2;
    } else if counted >= config.params.priority_tiers.tier1 {
        maker.priority_tier = 1;
    } else {
        maker.priority_tier = 0;
    }
    maker.tier_updated_at = now;
    Ok(())
}

pub fn slash_if_inactive(config: &mut Config, maker: &mut MarketMaker, now: i64) -> Result<u64> {
    let mut slashed: u64 = 0;
    if !config.paused
        && now
            .checked_sub(maker.last_active.max(config.inactivity_from))
            .ok_or(ProgramError::ArithmeticOverflow)?
            > config.params.inactivity_seconds
    {
        let from_stake: u64 = u64::try_from(
            u128::from(maker.staked)
                .checked_mul(u128::from(config.params.slash_bps))
                .ok_or(ProgramError::ArithmeticOverflow)?
                .checked_div(10000u128)
                .ok_or(ProgramError::ArithmeticOverflow)?,
        )
        .map_err(|_| ProgramError::ArithmeticOverflow)?;
        let from_pending: u64 = u64::try_from(
            u128::from(maker.pending_unstake)
                .checked_mul(u128::from(config.params.slash_bps))
                .ok_or(ProgramError::ArithmeticOverflow)?
                .checked_div(10000u128)
                .ok_or(ProgramError::ArithmeticOverflow)?,
        )
        .map_err(|_| ProgramError::ArithmeticOverflow)?;
        slashed = from_stake
            .checked_add(from_pending)
            .ok_or(ProgramError::ArithmeticOverflow)?;
        if slashed > 0 {
            maker.staked = maker
                .staked
                .checked_sub(from_stake)
                .ok_or(ProgramError::ArithmeticOverflow)?;
            maker.pending_unstake = maker
                .pending_unstake
                .checked_sub(from_pending)
                .ok_or(ProgramError::ArithmeticOverflow)?;
            maker.total_slashed = maker
                .total_slashed
                .checked_add(slashed)
                .ok_or(ProgramError::ArithmeticOverflow)?;
            maker.last_active = now;
            config.total_staked = config
                .total_staked
                .checked_sub(from_stake)
                .ok_or(ProgramError::ArithmeticOverflow)?;
            config.reward_budget = config
                .reward_budget
                .checked_add(slashed)
                .ok_or(ProgramError::ArithmeticOverflow)?;
            emit!(Slashed {
                owner: maker.owner,
                amount: slashed,
                remaining_stake: maker.staked
            });
        }
    }
    Ok(slashed)
}

pub fn expire_unclaimed(config: &Config, maker: &mut MarketMaker) -> Result<()> {
    if maker.unclaimed_score > 0
        && maker
            .unclaimed_epoch
            .checked_add(1)
            .ok_or(ProgramError::ArithmeticOverflow)?
            < config.epoch_index
    {
        emit!(ScoreExpired {
            owner: maker.owner,
            score: maker.unclaimed_score,
            epoch: maker.unclaimed_epoch
        });
        maker.unclaimed_score = 0;
    }
    Ok(())
}

pub fn normalize_scores(config: &Config, maker: &mut MarketMaker) -> Result<()> {
    if maker.score_epoch < config.epoch_index {
        if maker.unclaimed_score > 0 {
            expire_unclaimed(config, maker)?;
        }
        maker.unclaimed_score = maker.epoch_score;
        maker.unclaimed_epoch = maker.score_epoch;
        maker.epoch_volume = 0;
        maker.epoch_spread_efficiency = 0;
        maker.epoch_order_flow = 0;
        maker.epoch_score = 0;
        maker.score_epoch = config.epoch_index;
        if maker
            .unclaimed_epoch
            .checked_add(1)
            .ok_or(ProgramError::ArithmeticOverflow)?
            < config.epoch_index
        {
            expire_unclaimed(config, maker)?;
        }
    }
    Ok(())
}

pub fn twice_ramp_area(config: &Config, position: &LiquidityPosition, at: i64) -> Result<u128> {
    let age: u128 = u128::try_from(
        at.checked_sub(position.commitment_start)
            .ok_or(ProgramError::ArithmeticOverflow)?,
    )
    .map_err(|_| error!(ErrorCode::InvalidNumericConversion))?;
    let in_ramp: u128 = age.min(
        u128::try_from(config.params.lp_ramp_seconds)
            .map_err(|_| error!(ErrorCode::InvalidNumericConversion))?,
    );
    Ok(in_ramp
        .checked_mul(
            age.checked_add(age)
                .ok_or(ProgramError::ArithmeticOverflow)?
                .checked_sub(in_ramp)
                .ok_or(ProgramError::ArithmeticOverflow)?,
        )
        .ok_or(ProgramError::ArithmeticOverflow)?)
}

pub fn checkpoint_position(
    config: &mut Config,
    position: &mut LiquidityPosition,
    now: i64,
) -> Result<()> {
    checkpoint(config, now)?;
    let reserved: u64 = u64::try_from(
        u128::from(position.amount)
            .checked_mul(
                config
                    .lp_acc_per_unit
                    .checked_sub(position.reward_debt)
                    .ok_or(ProgramError::ArithmeticOverflow)?,
            )
            .ok_or(ProgramError::ArithmeticOverflow)?
            .checked_div(1000000000000)
            .ok_or(ProgramError::ArithmeticOverflow)?,
    )
    .map_err(|_| error!(ErrorCode::InvalidNumericConversion))?;
    if reserved > 0 {
        let elapsed: u128 = u128::try_from(
            now.checked_sub(position.last_accrual)
                .ok_or(ProgramError::ArithmeticOverflow)?,
        )
        .map_err(|_| error!(ErrorCode::InvalidNumericConversion))?;
        let top_multiplier: u128 = u128::from(config.params.lp_max_duration_multiplier_bps);
        let area: u128 = twice_ramp_area(config, position, now)?
            .checked_sub(twice_ramp_area(config, position, position.last_accrual)?)
            .ok_or(ProgramError::ArithmeticOverflow)?;
        let weighted: u128 = elapsed
            .checked_mul(10000)
            .ok_or(ProgramError::ArithmeticOverflow)?
            .checked_add(
                top_multiplier
                    .checked_sub(10000)
                    .ok_or(ProgramError::ArithmeticOverflow)?
                    .checked_mul(area)
                    .ok_or(ProgramError::ArithmeticOverflow)?
                    .checked_div(
                        u128::try_from(config.params.lp_ramp_seconds)
                            .map_err(|_| error!(ErrorCode::InvalidNumericConversion))?
                            .checked_mul(2)
                            .ok_or(ProgramError::ArithmeticOverflow)?,
                    )
                    .ok_or(ProgramError::ArithmeticOverflow)?,
            )
            .ok_or(ProgramError::ArithmeticOverflow)?;
        let earned: u64 = u64::try_from(
            u128::from(reserved)
                .checked_mul(weighted)
                .ok_or(ProgramError::ArithmeticOverflow)?
                .checked_div(
                    top_multiplier
                        .checked_mul(elapsed)
                        .ok_or(ProgramError::ArithmeticOverflow)?,
                )
                .ok_or(ProgramError::ArithmeticOverflow)?,
        )
        .map_err(|_| error!(ErrorCode::InvalidNumericConversion))?;
        config.reward_budget = config
            .reward_budget
            .checked_add(
                reserved
                    .checked_sub(earned)
                    .ok_or(ProgramError::ArithmeticOverflow)?,
            )
            .ok_or(ProgramError::ArithmeticOverflow)?;
        position.accrued_rewards = position
            .accrued_rewards
            .checked_add(earned)
            .ok_or(ProgramError::ArithmeticOverflow)?;
    }
    position.reward_debt = config.lp_acc_per_unit;
    position.last_accrual = now;
    Ok(())
}

pub fn require_valid_params(params: ConfigParams) -> Result<()> {
    require!(
        params.volatility_threshold > 0
            && params.volatility_threshold <= 10000
            && params.spread_weight_bps <= 10000
            && params.flow_weight_bps <= 10000
            && params.maker_rebate_bps <= 10000
            && params.slash_bps <= 10000,
        HfmmtError::InvalidParameter
    );
    require!(
        params.max_volatility_multiplier_bps >= 10000
            && params.max_volatility_multiplier_bps <= 100000
            && params.lp_max_duration_multiplier_bps >= 10000
            && params.lp_max_duration_multiplier_bps <= 100000
            && params.lp_reward_rate <= 1000000000000,
        HfmmtError::InvalidParameter
    );
    require!(
        params.epoch_seconds > 0
            && params.epoch_seconds <= 1000000000
            && params.warmup_seconds >= 0
            && params.warmup_seconds <= 1000000000
            && params.unstake_cooldown_seconds >= 0
            && params.unstake_cooldown_seconds <= 1000000000
            && params.lp_ramp_seconds > 0
            && params.lp_ramp_seconds <= 1000000000
            && params.inactivity_seconds > 0
            && params.inactivity_seconds <= 1000000000,
        HfmmtError::InvalidParameter
    );
    require!(
        params.min_stake > 0
            && params.priority_tiers.tier1 > 0
            && params.priority_tiers.tier1 <= params.priority_tiers.tier2
            && params.priority_tiers.tier2 <= params.priority_tiers.tier3,
        HfmmtError::InvalidParameter
    );
    require!(
        params.max_report_volume > 0
            && params.max_report_volume <= 100000000000000000
            && (params.maker_rebate_bps == 0 || params.rebate_epoch_budget > 0),
        HfmmtError::InvalidParameter
    );
    Ok(())
}

pub fn reprice_volatility(config: &mut Config) -> Result<()> {
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
    Ok(())
}
