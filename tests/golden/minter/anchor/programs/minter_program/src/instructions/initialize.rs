use anchor_lang::prelude::*;
use anchor_spl::token::{Mint, Token};

use crate::state::*;

/// Accounts of `initialize`, in order:
///
/// 0. [writable, signer] admin
/// 1. [writable] config
/// 2. [writable] mint
/// 3. [] system_program
/// 4. [] token_program
#[derive(Accounts)]
pub struct Initialize<'info> {
    #[account(mut)]
    pub admin: Signer<'info>,
    #[account(init, payer = admin, space = 8 + MinterConfig::INIT_SPACE, seeds = [b"config"], bump)]
    pub config: Account<'info, MinterConfig>,
    #[account(
        init,
        payer = admin,
        seeds = [b"mint"],
        bump,
        mint::decimals = 6,
        mint::authority = config,
    )]
    pub mint: Account<'info, Mint>,
    pub system_program: Program<'info, System>,
    pub token_program: Program<'info, Token>,
}

pub fn handler(ctx: Context<Initialize>) -> Result<()> {
    let admin = &ctx.accounts.admin;
    let config = &mut ctx.accounts.config;
    config.admin = admin.key();
    config.bump = ctx.bumps.config;
    Ok(())
}
