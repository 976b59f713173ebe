use anchor_lang::prelude::*;
use anchor_spl::token::{self, Token, TokenAccount};

use crate::error::*;
use crate::events::*;
use crate::helpers;
use crate::state::*;

/// Accounts of `withdraw_liquidity`, in order:
///
/// 0. [signer] provider
/// 1. [writable] config
/// 2. [writable] position
/// 3. [writable] provider_token
/// 4. [writable] provider_reward_token
/// 5. [writable] liquidity_vault
/// 6. [writable] reward_vault
/// 7. [] token_program
#[derive(Accounts)]
pub struct WithdrawLiquidity<'info> {
    pub provider: Signer<'info>,
    #[account(
        mut,
        seeds = [b"config"],
        bump = config.bump,
        has_one = liquidity_vault,
        has_one = reward_vault,
    )]
    pub config: Account<'info, Config>,
    #[account(mut, seeds = [b"liquidity", provider.key().as_ref()], bump = position.bump)]
    pub position: Account<'info, LiquidityPosition>,
    #[account(mut)]
    pub provider_token: Account<'info, TokenAccount>,
    #[account(mut)]
    pub provider_reward_token: Account<'info, TokenAccount>,
    #[account(mut)]
    pub liquidity_vault: Account<'info, TokenAccount>,
    #[account(mut)]
    pub reward_vault: Account<'info, TokenAccount>,
    pub token_program: Program<'info, Token>,
}

pub fn handler(ctx: Context<WithdrawLiquidity>, amount: u64) -> Result<()> {
    let provider = &ctx.accounts.provider;
    let config = &mut ctx.accounts.config;
    let position = &mut ctx.accounts.position;
    let provider_token = &ctx.accounts.provider_token;
    let provider_reward_token = &ctx.accounts.provider_reward_token;
    let liquidity_vault = &ctx.accounts.liquidity_vault;
    let reward_vault = &ctx.accounts.reward_vault;
    let token_program = &ctx.accounts.token_program;
    require!(amount <= position.amount, HfmmtError::InsufficientLiquidity);
    require!(
        provider_token.mint == config.liquidity_mint
            && provider_reward_token.mint == config.hfmmt_mint,
        HfmmtError::InvalidMint
    );
    require!(
        provider_token.owner == provider.key() && provider_reward_token.owner == provider.key(),
        HfmmtError::InvalidOwner
    );
    let now: i64 = Clock::get()?.unix_timestamp;
    helpers::checkpoint_position(config, position, now)?;
    let rewards: u64 = position.accrued_rewards;
    require!(amount > 0 || rewards > 0, HfmmtError::NothingToWithdraw);
    position.amount = position
        .amount
        .checked_sub(amount)
        .ok_or(ProgramError::ArithmeticOverflow)?;
    position.accrued_rewards = 0;
    config.total_liquidity = config
        .total_liquidity
        .checked_sub(amount)
        .ok_or(ProgramError::ArithmeticOverflow)?;
    helpers::reprice_liquidity(config)?;
    if amount > 0 {
        token::transfer(
            CpiContext::new_with_signer(
                token_program.key(),
                token::Transfer {
                    from: liquidity_vault.to_account_info(),
                    to: provider_token.to_account_info(),
                    authority: config.to_account_info(),
                },
                &[&[b"config", &[config.bump]]],
            ),
            amount,
        )?;
    }
    if rewards > 0 {
        token::transfer(
            CpiContext::new_with_signer(
                token_program.key(),
                token::Transfer {
                    from: reward_vault.to_account_info(),
                    to: provider_reward_token.to_account_info(),
                    authority: config.to_account_info(),
                },
                &[&[b"config", &[config.bump]]],
            ),
            rewards,
        )?;
    }
    emit!(LiquidityWithdrawn {
        owner: provider.key(),
        amount,
        rewards,
        remaining: position.amount
    });
    Ok(())
}
