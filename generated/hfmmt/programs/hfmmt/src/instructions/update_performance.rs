use anchor_lang::prelude::*;

use crate::error::*;
use crate::events::*;
use crate::helpers;
use crate::state::*;

/// Accounts of `update_performance`, in order:
///
/// 0. [signer] performance_authority
/// 1. [writable] config
/// 2. [writable] maker
#[derive(Accounts)]
pub struct UpdatePerformance<'info> {
    pub performance_authority: Signer<'info>,
    #[account(mut, seeds = [b"config"], bump = config.bump)]
    pub config: Account<'info, Config>,
    #[account(mut, seeds = [b"maker", maker.owner.as_ref()], bump = maker.bump)]
    pub maker: Account<'info, MarketMaker>,
}

pub fn handler(
    ctx: Context<UpdatePerformance>,
    execution_volume: u64,
    spread_efficiency: u64,
    order_flow: u64,
) -> Result<()> {
    let performance_authority = &ctx.accounts.performance_authority;
    let config = &mut ctx.accounts.config;
    let maker = &mut ctx.accounts.maker;
    require!(
        performance_authority.key() == config.performance_authority,
        HfmmtError::Unauthorized
    );
    require!(!config.paused, HfmmtError::Paused);
    require!(spread_efficiency <= 10000, HfmmtError::InvalidParameter);
    require!(
        execution_volume <= config.params.max_report_volume
            && order_flow <= config.params.max_report_volume,
        HfmmtError::ReportAboveCap
    );
    let now: i64 = Clock::get()?.unix_timestamp;
    helpers::checkpoint(config, now)?;
    helpers::normalize_scores(config, maker)?;
    let mut counted: u64 = maker.staked;
    if maker.warming_until <= now {
        counted = counted
            .checked_add(maker.warming_amount)
            .ok_or(ProgramError::ArithmeticOverflow)?;
    }
    let mut score: u64 = 0;
    let mut rebate: u64 = 0;
    if counted >= config.params.min_stake {
        let spread_score: u64 = u64::try_from(
            u128::from(execution_volume)
                .checked_mul(u128::from(
                    spread_efficiency
                        .checked_mul(config.params.spread_weight_bps)
                        .ok_or(ProgramError::ArithmeticOverflow)?,
                ))
                .ok_or(ProgramError::ArithmeticOverflow)?
                .checked_div(100000000u128)
                .ok_or(ProgramError::ArithmeticOverflow)?,
        )
        .map_err(|_| ProgramError::ArithmeticOverflow)?;
        let flow_score: u64 = u64::try_from(
            u128::from(order_flow)
                .checked_mul(u128::from(config.params.flow_weight_bps))
                .ok_or(ProgramError::ArithmeticOverflow)?
                .checked_div(10000u128)
                .ok_or(ProgramError::ArithmeticOverflow)?,
        )
        .map_err(|_| ProgramError::ArithmeticOverflow)?;
        score = u64::try_from(
            u128::from(
                spread_score
                    .checked_add(flow_score)
                    .ok_or(ProgramError::ArithmeticOverflow)?,
            )
                .checked_mul(u128::from(config.volatility_multiplier_bps))
                .ok_or(ProgramError::ArithmeticOverflow)?
                .checked_div(10000u128)
                .ok_or(ProgramError::ArithmeticOverflow)?,
        )
        .map_err(|_| ProgramError::ArithmeticOverflow)?;
        let rebate_left: u64 = config
            .params
            .rebate_epoch_budget
            .max(config.epoch_rebates)
            .checked_sub(config.epoch_rebates)
            .ok_or(ProgramError::ArithmeticOverflow)?;
        rebate = u64::try_from(
            u128::from(execution_volume)
                .checked_mul(u128::from(config.params.maker_rebate_bps))
                .ok_or(ProgramError::ArithmeticOverflow)?
                .checked_div(10000u128)
                .ok_or(ProgramError::ArithmeticOverflow)?,
        )
            .map_err(|_| ProgramError::ArithmeticOverflow)?
            .min(rebate_left)
            .min(config.reward_budget);
        config.reward_budget = config
            .reward_budget
            .checked_sub(rebate)
            .ok_or(ProgramError::ArithmeticOverflow)?;
        config.epoch_rebates = config
            .epoch_rebates
            .checked_add(rebate)
            .ok_or(ProgramError::ArithmeticOverflow)?;
        maker.accrued_rebates = maker
            .accrued_rebates
            .checked_add(rebate)
            .ok_or(ProgramError::ArithmeticOverflow)?;
    }
    maker.epoch_volume = maker
        .epoch_volume
        .checked_add(execution_volume)
        .ok_or(ProgramError::ArithmeticOverflow)?;
    maker.epoch_spread_efficiency = spread_efficiency;
    maker.epoch_order_flow = maker
        .epoch_order_flow
        .checked_add(order_flow)
        .ok_or(ProgramError::ArithmeticOverflow)?;
    maker.epoch_score = maker
        .epoch_score
        .checked_add(score)
        .ok_or(ProgramError::ArithmeticOverflow)?;
    config.epoch_score = config
        .epoch_score
        .checked_add(score)
        .ok_or(ProgramError::ArithmeticOverflow)?;
    maker.last_active = now;
    emit!(PerformanceUpdated {
        owner: maker.owner,
        epoch: config.epoch_index,
        score,
        epoch_score: maker.epoch_score,
        rebate
    });
    Ok(())
}
