use anchor_lang::prelude::*;
use anchor_spl::token::{self, Token, TokenAccount};

use crate::error::*;
use crate::events::*;
use crate::state::*;

/// Accounts of `fund_rewards`, in order:
///
/// 0. [signer] funder
/// 1. [writable] config
/// 2. [writable] funder_token
/// 3. [writable] reward_vault
/// 4. [] token_program
#[derive(Accounts)]
pub struct FundRewards<'info> {
    pub funder: Signer<'info>,
    #[account(mut, seeds = [b"config"], bump = config.bump, has_one = reward_vault)]
    pub config: Account<'info, Config>,
    #[account(mut)]
    pub funder_token: Account<'info, TokenAccount>,
    #[account(mut)]
    pub reward_vault: Account<'info, TokenAccount>,
    pub token_program: Program<'info, Token>,
}

pub fn handler(ctx: Context<FundRewards>, amount: u64) -> Result<()> {
    let funder = &ctx.accounts.funder;
    let config = &mut ctx.accounts.config;
    let funder_token = &ctx.accounts.funder_token;
    let reward_vault = &ctx.accounts.reward_vault;
    let token_program = &ctx.accounts.token_program;
    require!(amount > 0, HfmmtError::ZeroAmount);
    require!(
        funder_token.mint == config.hfmmt_mint,
        HfmmtError::InvalidMint
    );
    require!(funder_token.owner == funder.key(), HfmmtError::InvalidOwner);
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
    config.reward_budget = config
        .reward_budget
        .checked_add(amount)
        .ok_or(ProgramError::ArithmeticOverflow)?;
    token::transfer(
        CpiContext::new(
            token_program.to_account_info(),
            token::Transfer {
                from: funder_token.to_account_info(),
                to: reward_vault.to_account_info(),
                authority: funder.to_account_info(),
            },
        ),
        amount,
    )?;
    emit!(RewardsFunded {
        funder: funder.key(),
        amount,
        budget: config.reward_budget
    });
    Ok(())
}
