use anchor_lang::prelude::*;
use anchor_spl::token::{self, Token, TokenAccount};

use crate::error::*;
use crate::events::*;
use crate::state::*;

/// Accounts of `distribute_rewards`, in order:
///
/// 0. [writable] config
/// 1. [writable] maker
/// 2. [writable] owner_token
/// 3. [writable] stake_vault
/// 4. [writable] reward_vault
/// 5. [] token_program
#[derive(Accounts)]
pub struct DistributeRewards<'info> {
    #[account(
        mut,
        seeds = [b"config"],
        bump = config.bump,
        has_one = stake_vault,
        has_one = reward_vault,
    )]
    pub config: Account<'info, Config>,
    #[account(mut, seeds = [b"maker", maker.owner.as_ref()], bump = maker.bump)]
    pub maker: Account<'info, MarketMaker>,
    #[account(mut)]
    pub owner_token: Account<'info, TokenAccount>,
    #[account(mut)]
    pub stake_vault: Account<'info, TokenAccount>,
    #[account(mut)]
    pub reward_vault: Account<'info, TokenAccount>,
    pub token_program: Program<'info, Token>,
}

pub fn handler(ctx: Context<DistributeRewards>) -> Result<()> {
    let config = &mut ctx.accounts.config;
    let maker = &mut ctx.accounts.maker;
    let owner_token = &ctx.accounts.owner_token;
    let stake_vault = &ctx.accounts.stake_vault;
    let reward_vault = &ctx.accounts.reward_vault;
    let token_program = &ctx.accounts.token_program;
    require!(
        owner_token.mint == config.hfmmt_mint,
        HfmmtError::InvalidMint
    );
    require!(owner_token.owner == maker.owner, HfmmtError::InvalidOwner);
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
    let per_share_gain: u128 = config
        .acc_reward_per_share
        .checked_sub(maker.reward_debt)
        .ok_or(ProgramError::ArithmeticOverflow)?;
    let pending_reward: u64 = u64::try_from(
        u128::from(maker.effective_stake)
            .checked_mul(per_share_gain)
            .ok_or(ProgramError::ArithmeticOverflow)?
            .checked_div(1000000000000)
            .ok_or(ProgramError::ArithmeticOverflow)?,
    )
    .map_err(|_| error!(ErrorCode::InvalidNumericConversion))?;
    maker.accrued_rewards = maker
        .accrued_rewards
        .checked_add(pending_reward)
        .ok_or(ProgramError::ArithmeticOverflow)?;
    maker.reward_debt = config.acc_reward_per_share;
    if maker.warming_amount > 0 && maker.warming_until <= now {
        maker.staked = maker
            .staked
            .checked_add(maker.warming_amount)
            .ok_or(ProgramError::ArithmeticOverflow)?;
        maker.warming_amount = 0;
    }
    let mut expired_score: u64 = 0;
    if maker.score_epoch < config.epoch_index {
        expired_score = maker.unclaimed_score;
        maker.unclaimed_score = maker.epoch_score;
        maker.unclaimed_epoch = maker.score_epoch;
        maker.epoch_volume = 0;
        maker.epoch_spread_efficiency = 0;
        maker.epoch_order_flow = 0;
        maker.epoch_score = 0;
        maker.score_epoch = config.epoch_index;
    }
    if maker.unclaimed_score > 0
        && maker
            .unclaimed_epoch
            .checked_add(1)
            .ok_or(ProgramError::ArithmeticOverflow)?
            < config.epoch_index
    {
        expired_score = expired_score
            .checked_add(maker.unclaimed_score)
            .ok_or(ProgramError::ArithmeticOverflow)?;
        maker.unclaimed_score = 0;
    }
    if expired_score > 0 {
        emit!(ScoreExpired {
            owner: maker.owner,
            score: expired_score,
            epoch: config.epoch_index
        });
    }
    let mut market_making: u64 = 0;
    if maker.unclaimed_score > 0 {
        market_making = u64::try_from(
            u128::from(config.prev_epoch_pool)
                .checked_mul(u128::from(maker.unclaimed_score))
                .ok_or(ProgramError::ArithmeticOverflow)?
                .checked_div(u128::from(config.prev_epoch_score))
                .ok_or(ProgramError::ArithmeticOverflow)?,
        )
            .map_err(|_| ProgramError::ArithmeticOverflow)?
            .min(
                config
                    .prev_epoch_pool
                    .checked_sub(config.prev_epoch_paid)
                    .ok_or(ProgramError::ArithmeticOverflow)?,
            );
        config.prev_epoch_paid = config
            .prev_epoch_paid
            .checked_add(market_making)
            .ok_or(ProgramError::ArithmeticOverflow)?;
        maker.unclaimed_score = 0;
    }
    let staking: u64 = maker.accrued_rewards;
    let rebates: u64 = maker.accrued_rebates;
    let payout: u64 = staking
        .checked_add(market_making)
        .ok_or(ProgramError::ArithmeticOverflow)?
        .checked_add(rebates)
        .ok_or(ProgramError::ArithmeticOverflow)?;
    maker.accrued_rewards = 0;
    maker.accrued_rebates = 0;
    if payout > 0 {
        if maker.auto_compound {
            token::transfer(
                CpiContext::new_with_signer(
                    token_program.to_account_info(),
                    token::Transfer {
                        from: reward_vault.to_account_info(),
                        to: stake_vault.to_account_info(),
                        authority: config.to_account_info(),
                    },
                    &[&[b"config", &[config.bump]]],
                ),
                payout,
            )?;
            maker.staked = maker
                .staked
                .checked_add(payout)
                .ok_or(ProgramError::ArithmeticOverflow)?;
            config.total_staked = config
                .total_staked
                .checked_add(payout)
                .ok_or(ProgramError::ArithmeticOverflow)?;
        } else {
            token::transfer(
                CpiContext::new_with_signer(
                    token_program.to_account_info(),
                    token::Transfer {
                        from: reward_vault.to_account_info(),
                        to: owner_token.to_account_info(),
                        authority: config.to_account_info(),
                    },
                    &[&[b"config", &[config.bump]]],
                ),
                payout,
            )?;
        }
    }
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
    let mut tier: u8 = 0;
    if counted >= config.params.priority_tiers.tier3 {
        tier = 3;
    } else if counted >= config.params.priority_tiers.tier2 {
        tier = 2;
    } else if counted >= config.params.priority_tiers.tier1 {
        tier = 1;
    }
    maker.priority_tier = tier;
    emit!(RewardsDistributed {
        owner: maker.owner,
        staking_rewards: staking,
        market_making_rewards: market_making,
        rebates,
        compounded: maker.auto_compound
    });
    Ok(())
}
