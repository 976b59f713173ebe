use anchor_lang::prelude::*;
use anchor_spl::token::{Mint, Token, TokenAccount};

use crate::error::*;
use crate::events::*;
use crate::helpers;
use crate::state::*;

/// Accounts of `initialize`, in order:
///
/// 0. [writable, signer] admin
/// 1. [] program_data
/// 2. [writable] config
/// 3. [] hfmmt_mint
/// 4. [] liquidity_mint
/// 5. [writable] stake_vault
/// 6. [writable] reward_vault
/// 7. [writable] liquidity_vault
/// 8. [] performance_authority
/// 9. [] system_program
/// 10. [] token_program
#[derive(Accounts)]
pub struct Initialize<'info> {
    #[account(mut)]
    pub admin: Signer<'info>,
    #[account(
        seeds = [crate::ID.as_ref()],
        bump,
        seeds::program = anchor_lang::solana_program::bpf_loader_upgradeable::ID,
    )]
    pub program_data: Account<'info, ProgramData>,
    #[account(init, payer = admin, space = 8 + Config::INIT_SPACE, seeds = [b"config"], bump)]
    pub config: Account<'info, Config>,
    pub hfmmt_mint: Account<'info, Mint>,
    pub liquidity_mint: Account<'info, Mint>,
    #[account(
        init,
        payer = admin,
        seeds = [b"stake_vault"],
        bump,
        token::mint = hfmmt_mint,
        token::authority = config,
    )]
    pub stake_vault: Account<'info, TokenAccount>,
    #[account(
        init,
        payer = admin,
        seeds = [b"reward_vault"],
        bump,
        token::mint = hfmmt_mint,
        token::authority = config,
    )]
    pub reward_vault: Account<'info, TokenAccount>,
    #[account(
        init,
        payer = admin,
        seeds = [b"liquidity_vault"],
        bump,
        token::mint = liquidity_mint,
        token::authority = config,
    )]
    pub liquidity_vault: Account<'info, TokenAccount>,
    /// CHECK: the DSL declares this account unchecked; the program reads no data from it.
    pub performance_authority: UncheckedAccount<'info>,
    pub system_program: Program<'info, System>,
    pub token_program: Program<'info, Token>,
}

pub fn handler(ctx: Context<Initialize>, config_params: ConfigParams) -> Result<()> {
    let admin = &ctx.accounts.admin;
    let program_data = &ctx.accounts.program_data;
    let config = &mut ctx.accounts.config;
    let hfmmt_mint = &ctx.accounts.hfmmt_mint;
    let liquidity_mint = &ctx.accounts.liquidity_mint;
    let stake_vault = &ctx.accounts.stake_vault;
    let reward_vault = &ctx.accounts.reward_vault;
    let liquidity_vault = &ctx.accounts.liquidity_vault;
    let performance_authority = &ctx.accounts.performance_authority;
    require!(
        program_data.upgrade_authority_address.unwrap_or_default() == admin.key(),
        HfmmtError::Unauthorized
    );
    helpers::require_valid_params(config_params.clone())?;
    config.params = config_params.clone();
    let now: i64 = Clock::get()?.unix_timestamp;
    config.admin = admin.key();
    config.performance_authority = performance_authority.key();
    config.hfmmt_mint = hfmmt_mint.key();
    config.liquidity_mint = liquidity_mint.key();
    config.stake_vault = stake_vault.key();
    config.reward_vault = reward_vault.key();
    config.liquidity_vault = liquidity_vault.key();
    config.volatility_multiplier_bps = 10000;
    config.last_update = now;
    config.epoch_start = now;
    config.bump = ctx.bumps.config;
    emit!(Initialized {
        admin: admin.key(),
        performance_authority: performance_authority.key(),
        hfmmt_mint: hfmmt_mint.key(),
        liquidity_mint: liquidity_mint.key(),
        epoch_start: now
    });
    Ok(())
}
