use anchor_lang::prelude::*;
use anchor_spl::token::{self, Token, TokenAccount};

use crate::error::*;
use crate::events::*;
use crate::helpers;
use crate::state::*;

/// Accounts of `request_unstake`, in order:
///
/// 0. [signer] owner
/// 1. [writable] config
/// 2. [writable] maker
/// 3. [writable] stake_vault
/// 4. [writable] reward_vault
/// 5. [] token_program
#[derive(Accounts)]
pub struct RequestUnstake<'info> {
    pub owner: Signer<'info>,
    #[account(
        mut,
        seeds = [b"config"],
        bump = config.bump,
        has_one = stake_vault,
        has_one = reward_vault,
    )]
    pub config: Account<'info, Config>,
    #[account(mut, seeds = [b"maker", owner.key().as_ref()], bump = maker.bump)]
    pub maker: Account<'info, MarketMaker>,
    #[account(mut)]
    pub stake_vault: Account<'info, TokenAccount>,
    #[account(mut)]
    pub reward_vault: Account<'info, TokenAccount>,
    pub token_program: Program<'info, Token>,
}

pub fn handler(ctx: Context<RequestUnstake>, amount: u64) -> Result<()> {
    let owner = &ctx.accounts.owner;
    let config = &mut ctx.accounts.config;
    let maker = &mut ctx.accounts.maker;
    let stake_vault = &ctx.accounts.stake_vault;
    let reward_vault = &ctx.accounts.reward_vault;
    let token_program = &ctx.accounts.token_program;
    require!(amount > 0, HfmmtError::ZeroAmount);
    let now: i64 = Clock::get()?.unix_timestamp;
    helpers::checkpoint_maker(config, maker, now)?;
    let slashed: u64 = helpers::slash_if_inactive(config, maker, now)?;
    require!(
        amount
            <= maker
                .staked
                .checked_add(maker.warming_amount)
                .ok_or(ProgramError::ArithmeticOverflow)?,
        HfmmtError::InsufficientStake
    );
    let from_warming: u64 = amount.min(maker.warming_amount);
    maker.warming_amount = maker
        .warming_amount
        .checked_sub(from_warming)
        .ok_or(ProgramError::ArithmeticOverflow)?;
    maker.staked = maker
        .staked
        .checked_sub(
            amount
                .checked_sub(from_warming)
                .ok_or(ProgramError::ArithmeticOverflow)?,
        )
        .ok_or(ProgramError::ArithmeticOverflow)?;
    maker.pending_unstake = maker
        .pending_unstake
        .checked_add(amount)
        .ok_or(ProgramError::ArithmeticOverflow)?;
    maker.unstake_unlock_at = now
        .checked_add(config.params.unstake_cooldown_seconds)
        .ok_or(ProgramError::ArithmeticOverflow)?;
    config.total_staked = config
        .total_staked
        .checked_sub(amount)
        .ok_or(ProgramError::ArithmeticOverflow)?;
    helpers::recount_stake(config, maker, now)?;
    if slashed > 0 {
        token::transfer(
            CpiContext::new_with_signer(
                token_program.key(),
                token::Transfer {
                    from: stake_vault.to_account_info(),
                    to: reward_vault.to_account_info(),
                    authority: config.to_account_info(),
                },
                &[&[b"config", &[config.bump]]],
            ),
            slashed,
        )?;
    }
    emit!(UnstakeRequested {
        owner: owner.key(),
        amount,
        pending: maker.pending_unstake,
        unlock_at: maker.unstake_unlock_at
    });
    Ok(())
}
