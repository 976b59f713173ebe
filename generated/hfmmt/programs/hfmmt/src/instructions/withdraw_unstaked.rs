use anchor_lang::prelude::*;
use anchor_spl::token::{self, Token, TokenAccount};

use crate::error::*;
use crate::events::*;
use crate::state::*;

/// Accounts of `withdraw_unstaked`, in order:
///
/// 0. [signer] owner
/// 1. [] config
/// 2. [writable] maker
/// 3. [writable] owner_token
/// 4. [writable] stake_vault
/// 5. [] token_program
#[derive(Accounts)]
pub struct WithdrawUnstaked<'info> {
    pub owner: Signer<'info>,
    #[account(seeds = [b"config"], bump = config.bump, has_one = stake_vault)]
    pub config: Account<'info, Config>,
    #[account(mut, seeds = [b"maker", owner.key().as_ref()], bump = maker.bump)]
    pub maker: Account<'info, MarketMaker>,
    #[account(mut)]
    pub owner_token: Account<'info, TokenAccount>,
    #[account(mut)]
    pub stake_vault: Account<'info, TokenAccount>,
    pub token_program: Program<'info, Token>,
}

pub fn handler(ctx: Context<WithdrawUnstaked>) -> Result<()> {
    let owner = &ctx.accounts.owner;
    let config = &ctx.accounts.config;
    let maker = &mut ctx.accounts.maker;
    let owner_token = &ctx.accounts.owner_token;
    let stake_vault = &ctx.accounts.stake_vault;
    let token_program = &ctx.accounts.token_program;
    require!(
        owner_token.mint == config.hfmmt_mint,
        HfmmtError::InvalidMint
    );
    require!(owner_token.owner == owner.key(), HfmmtError::InvalidOwner);
    let amount: u64 = maker.pending_unstake;
    require!(amount > 0, HfmmtError::NothingToWithdraw);
    require!(
        Clock::get()?.unix_timestamp >= maker.unstake_unlock_at,
        HfmmtError::CooldownNotElapsed
    );
    maker.pending_unstake = 0;
    token::transfer(
        CpiContext::new_with_signer(
            token_program.key(),
            token::Transfer {
                from: stake_vault.to_account_info(),
                to: owner_token.to_account_info(),
                authority: config.to_account_info(),
            },
            &[&[b"config", &[config.bump]]],
        ),
        amount,
    )?;
    emit!(Unstaked {
        owner: owner.key(),
        amount
    });
    Ok(())
}
