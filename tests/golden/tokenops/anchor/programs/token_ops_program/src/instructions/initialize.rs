use anchor_lang::prelude::*;
use anchor_spl::token::{Mint, Token, TokenAccount};

use crate::state::*;

/// Accounts of `initialize`, in order:
///
/// 0. [writable, signer] admin
/// 1. [writable] authority
/// 2. [writable] mint
/// 3. [writable] vault
/// 4. [] system_program
/// 5. [] token_program
#[derive(Accounts)]
pub struct Initialize<'info> {
    #[account(mut)]
    pub admin: Signer<'info>,
    #[account(
        init,
        payer = admin,
        space = 8 + TokenAuthority::INIT_SPACE,
        seeds = [b"authority"],
        bump,
    )]
    pub authority: Account<'info, TokenAuthority>,
    #[account(
        init,
        payer = admin,
        seeds = [b"mint"],
        bump,
        mint::decimals = 6,
        mint::authority = authority,
        mint::freeze_authority = authority,
    )]
    pub mint: Account<'info, Mint>,
    #[account(
        init,
        payer = admin,
        seeds = [b"vault"],
        bump,
        token::mint = mint,
        token::authority = authority,
    )]
    pub vault: Account<'info, TokenAccount>,
    pub system_program: Program<'info, System>,
    pub token_program: Program<'info, Token>,
}

pub fn handler(ctx: Context<Initialize>) -> Result<()> {
    let admin = &ctx.accounts.admin;
    let authority = &mut ctx.accounts.authority;
    authority.admin = admin.key();
    authority.bump = ctx.bumps.authority;
    Ok(())
}
