use anchor_lang::prelude::*;
use anchor_spl::token::{self, Mint, Token, TokenAccount};

use crate::state::*;

/// Accounts of `pda_burn`, in order:
///
/// 0. [signer] admin
/// 1. [] authority
/// 2. [writable] mint
/// 3. [writable] vault
/// 4. [] token_program
#[derive(Accounts)]
pub struct PdaBurn<'info> {
    pub admin: Signer<'info>,
    #[account(seeds = [b"authority"], bump = authority.bump, has_one = admin)]
    pub authority: Account<'info, TokenAuthority>,
    #[account(mut)]
    pub mint: Account<'info, Mint>,
    #[account(mut, seeds = [b"vault"], bump, token::mint = mint, token::authority = authority)]
    pub vault: Account<'info, TokenAccount>,
    pub token_program: Program<'info, Token>,
}

pub fn handler(ctx: Context<PdaBurn>, amount: u64) -> Result<()> {
    let authority = &ctx.accounts.authority;
    let mint = &ctx.accounts.mint;
    let vault = &ctx.accounts.vault;
    let token_program = &ctx.accounts.token_program;
    token::burn(
        CpiContext::new_with_signer(
            token_program.key(),
            token::Burn {
                mint: mint.to_account_info(),
                from: vault.to_account_info(),
                authority: authority.to_account_info(),
            },
            &[&[b"authority", &[authority.bump]]],
        ),
        amount,
    )?;
    Ok(())
}
