use anchor_lang::prelude::*;
use anchor_spl::token::{self, Token, TokenAccount};

use crate::error::*;
use crate::events::*;
use crate::helpers;
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
    helpers::checkpoint(config, Clock::get()?.unix_timestamp)?;
    config.reward_budget = config
        .reward_budget
        .checked_add(amount)
        .ok_or(ProgramError::ArithmeticOverflow)?;
    token::transfer(
        CpiContext::new(
            token_program.key(),
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
