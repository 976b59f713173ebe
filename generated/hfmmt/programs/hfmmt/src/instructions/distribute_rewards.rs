use anchor_lang::prelude::*;
use anchor_spl::token::{self, Token, TokenAccount};

use crate::error::*;
use crate::events::*;
use crate::helpers;
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
    helpers::checkpoint_maker(config, maker, now)?;
    helpers::normalize_scores(config, maker)?;
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
                    token_program.key(),
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
                    token_program.key(),
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
    helpers::recount_stake(config, maker, now)?;
    emit!(RewardsDistributed {
        owner: maker.owner,
        staking_rewards: staking,
        market_making_rewards: market_making,
        rebates,
        compounded: maker.auto_compound
    });
    Ok(())
}
