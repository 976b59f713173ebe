use anchor_lang::prelude::*;
use anchor_spl::token::{self, Token, TokenAccount};

use crate::error::*;
use crate::events::*;
use crate::helpers;
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
    helpers::checkpoint_position(config, position, now)?;
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
    helpers::reprice_liquidity(config)?;
    token::transfer(
        CpiContext::new(
            token_program.key(),
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
