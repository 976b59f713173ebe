use anchor_lang::prelude::*;
use anchor_spl::token::{self, Token, TokenAccount};

use crate::error::*;
use crate::helpers;
use crate::state::*;

/// Accounts of `slash_inactive`, in order:
///
/// 0. [writable] config
/// 1. [writable] maker
/// 2. [writable] stake_vault
/// 3. [writable] reward_vault
/// 4. [] token_program
#[derive(Accounts)]
pub struct SlashInactive<'info> {
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
    pub stake_vault: Account<'info, TokenAccount>,
    #[account(mut)]
    pub reward_vault: Account<'info, TokenAccount>,
    pub token_program: Program<'info, Token>,
}

pub fn handler(ctx: Context<SlashInactive>) -> Result<()> {
    let config = &mut ctx.accounts.config;
    let maker = &mut ctx.accounts.maker;
    let stake_vault = &ctx.accounts.stake_vault;
    let reward_vault = &ctx.accounts.reward_vault;
    let token_program = &ctx.accounts.token_program;
    let now: i64 = Clock::get()?.unix_timestamp;
    require!(!config.paused, HfmmtError::Paused);
    require!(
        now.checked_sub(maker.last_active.max(config.inactivity_from))
            .ok_or(ProgramError::ArithmeticOverflow)?
            > config.params.inactivity_seconds,
        HfmmtError::NotInactive
    );
    helpers::checkpoint_maker(config, maker, now)?;
    let slashed: u64 = helpers::slash_if_inactive(config, maker, now)?;
    require!(slashed > 0, HfmmtError::InsufficientStake);
    helpers::recount_stake(config, maker, now)?;
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
    Ok(())
}
