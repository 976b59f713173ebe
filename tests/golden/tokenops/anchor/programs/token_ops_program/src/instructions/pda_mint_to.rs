use anchor_lang::prelude::*;
use anchor_spl::token::{self, Mint, Token, TokenAccount};

use crate::state::*;

/// Accounts of `pda_mint_to`, in order:
///
/// 0. [signer] admin
/// 1. [] authority
/// 2. [writable] mint
/// 3. [writable] to
/// 4. [] token_program
#[derive(Accounts)]
pub struct PdaMintTo<'info> {
    pub admin: Signer<'info>,
    #[account(seeds = [b"authority"], bump = authority.bump, has_one = admin)]
    pub authority: Account<'info, TokenAuthority>,
    #[account(mut, seeds = [b"mint"], bump, mint::decimals = 6, mint::authority = authority)]
    pub mint: Account<'info, Mint>,
    #[account(mut)]
    pub to: Account<'info, TokenAccount>,
    pub token_program: Program<'info, Token>,
}

pub fn handler(ctx: Context<PdaMintTo>, amount: u64) -> Result<()> {
    let authority = &ctx.accounts.authority;
    let mint = &ctx.accounts.mint;
    let to = &ctx.accounts.to;
    let token_program = &ctx.accounts.token_program;
    token::mint_to(
        CpiContext::new_with_signer(
            token_program.key(),
            token::MintTo {
                mint: mint.to_account_info(),
                to: to.to_account_info(),
                authority: authority.to_account_info(),
            },
            &[&[b"authority", &[authority.bump]]],
        ),
        amount,
    )?;
    Ok(())
}
