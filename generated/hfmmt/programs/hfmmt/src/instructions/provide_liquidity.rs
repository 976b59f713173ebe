use anchor_lang::prelude::*;
use anchor_spl::token::{self, Token, TokenAccount};

use crate::error::*;
use crate::events::*;
use crate::state::*;

/// Accounts of `provide_liquidity`, in order:
///
/// 0. [writable, signer] provider
/// 1. [writable] config
/// 2. [writable] position
/// 3. [writable] provider_token
/// 4. [writable] liquidity_vault
/// 5. [] system_program
/// 6. [] token_program
#[derive(Accounts)]
pub struct ProvideLiquidity<'info> {
    #[account(mut)]
    pub provider: Signer<'info>,
    #[account(mut, seeds = [b"config"], bump = config.bump, has_one = liquidity_vault)]
    pub config: Account<'info, Config>,
    #[account(
        init_if_needed,
        payer = provider,
        space = 8 + LiquidityPosition::INIT_SPACE,
        seeds = [b"liquidity", provider.key().as_ref()],
        bump,
    )]
    pub position: Account<'info, LiquidityPosition>,
    #[account(mut)]
    pub provider_token: Account<'info, TokenAccount>,
    #[account(mut)]
    pub liquidity_vault: Account<'info, TokenAccount>,
    pub system_program: Program<'info, System>,
    pub token_program: Program<'info, Token>,
}

pub fn handler(ctx: Context<ProvideLiquidity>, amount: u64) -> Result<()> {
    let provider = &ctx.accounts.provider;
    let config = &mut ctx.accounts.config;
    let position = &mut ctx.accounts.position;
    let provider_token = &ctx.accounts.provider_token;
    let liquidity_vault = &ctx.accounts.liquidity_vault;
    let token_program = &ctx.accounts.token_program;
    require!(!config.paused, HfmmtError::Paused);
    require!(amount > 0, HfmmtError::ZeroAmount);
    require!(
        provider_token.mint == config.liquidity_mint,
        HfmmtError::InvalidMint
    );
    require!(
        provider_token.owner == provider.key(),
        HfmmtError::InvalidOwner
    );
    let now: i64 = Clock::get()?.unix_timestamp;
    if position.owner != provider.key() {
        position.owner = provider.key();
        position.bump = ctx.bumps.position;
    }
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
    let lp_elapsed: i64 = now
        .checked_sub(position.last_accrual)
        .ok_or(ProgramError::ArithmeticOverflow)?;
    if position.amount > 0 && lp_elapsed > 0 {
        let ramp: i64 = config.params.lp_ramp_seconds;
        let bonus_bps: u64 = config
            .params
            .lp_max_duration_multiplier_bps
            .checked_sub(10000)
            .ok_or(ProgramError::ArithmeticOverflow)?;
        let multiplier_before: u64 = u64::try_from(
            u128::from(bonus_bps)
                .checked_mul(u128::from(
                    u64::try_from(
                        position
                            .last_accrual
                            .checked_sub(position.commitment_start)
                            .ok_or(ProgramError::ArithmeticOverflow)?
                            .min(ramp),
                    )
                    .map_err(|_| error!(ErrorCode::InvalidNumericConversion))?,
                ))
                .ok_or(ProgramError::ArithmeticOverflow)?
                .checked_div(u128::from(
                    u64::try_from(ramp).map_err(|_| error!(ErrorCode::InvalidNumericConversion))?,
                ))
                .ok_or(ProgramError::ArithmeticOverflow)?,
        )
            .map_err(|_| ProgramError::ArithmeticOverflow)?
            .checked_add(10000)
            .ok_or(ProgramError::ArithmeticOverflow)?;
        let multiplier_now: u64 = u64::try_from(
            u128::from(bonus_bps)
                .checked_mul(u128::from(
                    u64::try_from(
                        now.checked_sub(position.commitment_start)
                            .ok_or(ProgramError::ArithmeticOverflow)?
                            .min(ramp),
                    )
                    .map_err(|_| error!(ErrorCode::InvalidNumericConversion))?,
                ))
                .ok_or(ProgramError::ArithmeticOverflow)?
                .checked_div(u128::from(
                    u64::try_from(ramp).map_err(|_| error!(ErrorCode::InvalidNumericConversion))?,
                ))
                .ok_or(ProgramError::ArithmeticOverflow)?,
        )
            .map_err(|_| ProgramError::ArithmeticOverflow)?
            .checked_add(10000)
            .ok_or(ProgramError::ArithmeticOverflow)?;
        let lp_reward: u64 = u64::try_from(
            u128::from(position.amount)
                .checked_mul(u128::from(
                    multiplier_before
                        .checked_add(multiplier_now)
                        .ok_or(ProgramError::ArithmeticOverflow)?
                        .checked_div(2)
                        .ok_or(ProgramError::ArithmeticOverflow)?,
                ))
                .ok_or(ProgramError::ArithmeticOverflow)?
                .checked_mul(u128::from(config.params.lp_reward_rate))
                .ok_or(ProgramError::ArithmeticOverflow)?
                .checked_div(10000000000)
                .ok_or(ProgramError::ArithmeticOverflow)?
                .checked_mul(
                    u128::try_from(lp_elapsed)
                        .map_err(|_| error!(ErrorCode::InvalidNumericConversion))?,
                )
                .ok_or(ProgramError::ArithmeticOverflow)?
                .checked_div(1000000)
                .ok_or(ProgramError::ArithmeticOverflow)?
                .min(u128::from(config.reward_budget)),
        )
        .map_err(|_| error!(ErrorCode::InvalidNumericConversion))?;
        config.reward_budget = config
            .reward_budget
            .checked_sub(lp_reward)
            .ok_or(ProgramError::ArithmeticOverflow)?;
        position.accrued_rewards = position
            .accrued_rewards
            .checked_add(lp_reward)
            .ok_or(ProgramError::ArithmeticOverflow)?;
    }
    position.last_accrual = now;
    let total: u64 = position
        .amount
        .checked_add(amount)
        .ok_or(ProgramError::ArithmeticOverflow)?;
    let age: u64 = u64::try_from(
        u128::from(
            u64::try_from(
                now.checked_sub(position.commitment_start)
                    .ok_or(ProgramError::ArithmeticOverflow)?
                    .max(0),
            )
            .map_err(|_| error!(ErrorCode::InvalidNumericConversion))?,
        )
            .checked_mul(u128::from(position.amount))
            .ok_or(ProgramError::ArithmeticOverflow)?
            .checked_div(u128::from(total))
            .ok_or(ProgramError::ArithmeticOverflow)?,
    )
    .map_err(|_| ProgramError::ArithmeticOverflow)?;
    position.commitment_start = now
        .checked_sub(
            i64::try_from(age).map_err(|_| error!(ErrorCode::InvalidNumericConversion))?,
        )
        .ok_or(ProgramError::ArithmeticOverflow)?;
    position.amount = total;
    config.total_liquidity = config
        .total_liquidity
        .checked_add(amount)
        .ok_or(ProgramError::ArithmeticOverflow)?;
    token::transfer(
        CpiContext::new(
            token_program.to_account_info(),
            token::Transfer {
                from: provider_token.to_account_info(),
                to: liquidity_vault.to_account_info(),
                authority: provider.to_account_info(),
            },
        ),
        amount,
    )?;
    emit!(LiquidityProvided {
        owner: provider.key(),
        amount,
        total_amount: total,
        commitment_start: position.commitment_start
    });
    Ok(())
}
