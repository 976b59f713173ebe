use anchor_lang::prelude::*;
use anchor_spl::token::{self, Mint, Token, TokenAccount};

use crate::state::*;

/// Accounts of `pda_thaw`, in order:
///
/// 0. [signer] admin
/// 1. [] authority
/// 2. [] mint
/// 3. [writable] account
/// 4. [] token_program
#[derive(Accounts)]
pub struct PdaThaw<'info> {
    pub admin: Signer<'info>,
    #[account(seeds = [b"authority"], bump = authority.bump, has_one = admin)]
    pub authority: Account<'info, TokenAuthority>,
    pub mint: Account<'info, Mint>,
    #[account(mut)]
    pub account: Account<'info, TokenAccount>,
    pub token_program: Program<'info, Token>,
}

pub fn handler(ctx: Context<PdaThaw>) -> Result<()> {
    let authority = &ctx.accounts.authority;
    let mint = &ctx.accounts.mint;
    let account = &ctx.accounts.account;
    let token_program = &ctx.accounts.token_program;
    token::thaw_account(CpiContext::new_with_signer(
        token_program.key(),
        token::ThawAccount {
            account: account.to_account_info(),
            mint: mint.to_account_info(),
            authority: authority.to_account_info(),
        },
        &[&[b"authority", &[authority.bump]]],
    ))?;
    Ok(())
}
