use anchor_lang::prelude::*;
use anchor_spl::token::{self, Token, TokenAccount};

use crate::error::*;
use crate::events::*;
use crate::helpers;
use crate::state::*;

/// Accounts of `stake_tokens`, in order:
///
/// 0. [writable, signer] owner
/// 1. [writable] config
/// 2. [writable] maker
/// 3. [writable] owner_token
/// 4. [writable] stake_vault
/// 5. [] system_program
/// 6. [] token_program
#[derive(Accounts)]
pub struct StakeTokens<'info> {
    #[account(mut)]
    pub owner: Signer<'info>,
    #[account(mut, seeds = [b"config"], bump = config.bump, has_one = stake_vault)]
    pub config: Account<'info, Config>,
    #[account(
        init_if_needed,
        payer = owner,
        space = 8 + MarketMaker::INIT_SPACE,
        seeds = [b"maker", owner.key().as_ref()],
        bump,
    )]
    pub maker: Account<'info, MarketMaker>,
    #[account(mut)]
    pub owner_token: Account<'info, TokenAccount>,
    #[account(mut)]
    pub stake_vault: Account<'info, TokenAccount>,
    pub system_program: Program<'info, System>,
    pub token_program: Program<'info, Token>,
}

pub fn handler(ctx: Context<StakeTokens>, amount: u64) -> Result<()> {
    let owner = &ctx.accounts.owner;
    let config = &mut ctx.accounts.config;
    let maker = &mut ctx.accounts.maker;
    let owner_token = &ctx.accounts.owner_token;
    let stake_vault = &ctx.accounts.stake_vault;
    let token_program = &ctx.accounts.token_program;
    require!(!config.paused, HfmmtError::Paused);
    require!(amount > 0, HfmmtError::ZeroAmount);
    require!(
        owner_token.mint == config.hfmmt_mint,
        HfmmtError::InvalidMint
    );
    require!(owner_token.owner == owner.key(), HfmmtError::InvalidOwner);
    require!(
        maker
            .staked
            .checked_add(maker.warming_amount)
            .ok_or(ProgramError::ArithmeticOverflow)?
            .checked_add(amount)
            .ok_or(ProgramError::ArithmeticOverflow)?
            >= config.params.min_stake,
        HfmmtError::BelowMinimumStake
    );
    let now: i64 = Clock::get()?.unix_timestamp;
    if maker.owner != owner.key() {
        maker.owner = owner.key();
        maker.bump = ctx.bumps.maker;
        maker.last_active = now;
    }
    helpers::checkpoint_maker(config, maker, now)?;
    let mut effective_at: i64 = now;
    if config.params.warmup_seconds == 0 {
        maker.staked = maker
            .staked
            .checked_add(amount)
            .ok_or(ProgramError::ArithmeticOverflow)?;
    } else {
        effective_at = now
            .checked_add(config.params.warmup_seconds)
            .ok_or(ProgramError::ArithmeticOverflow)?;
        maker.warming_amount = maker
            .warming_amount
            .checked_add(amount)
            .ok_or(ProgramError::ArithmeticOverflow)?;
        maker.warming_until = effective_at;
    }
    config.total_staked = config
        .total_staked
        .checked_add(amount)
        .ok_or(ProgramError::ArithmeticOverflow)?;
    helpers::recount_stake(config, maker, now)?;
    token::transfer(
        CpiContext::new(
            token_program.key(),
            token::Transfer {
                from: owner_token.to_account_info(),
                to: stake_vault.to_account_info(),
                authority: owner.to_account_info(),
            },
        ),
        amount,
    )?;
    emit!(Staked {
        owner: owner.key(),
        amount,
        effective_at,
        staked: maker.staked,
        warming: maker.warming_amount
    });
    Ok(())
}
