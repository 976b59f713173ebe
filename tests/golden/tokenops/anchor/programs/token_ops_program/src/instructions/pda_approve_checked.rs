use anchor_lang::prelude::*;
use anchor_spl::token::{self, Mint, Token, TokenAccount};

use crate::state::*;

/// Accounts of `pda_approve_checked`, in order:
///
/// 0. [signer] admin
/// 1. [] authority
/// 2. [] mint
/// 3. [writable] vault
/// 4. [] delegate
/// 5. [] token_program
#[derive(Accounts)]
pub struct PdaApproveChecked<'info> {
    pub admin: Signer<'info>,
    #[account(seeds = [b"authority"], bump = authority.bump, has_one = admin)]
    pub authority: Account<'info, TokenAuthority>,
    pub mint: Account<'info, Mint>,
    #[account(mut, seeds = [b"vault"], bump, token::mint = mint, token::authority = authority)]
    pub vault: Account<'info, TokenAccount>,
    pub delegate: SystemAccount<'info>,
    pub token_program: Program<'info, Token>,
}

pub fn handler(ctx: Context<PdaApproveChecked>, amount: u64) -> Result<()> {
    let authority = &ctx.accounts.authority;
    let mint = &ctx.accounts.mint;
    let vault = &ctx.accounts.vault;
    let delegate = &ctx.accounts.delegate;
    let token_program = &ctx.accounts.token_program;
    token::approve_checked(
        CpiContext::new_with_signer(
            token_program.key(),
            token::ApproveChecked {
                to: vault.to_account_info(),
                mint: mint.to_account_info(),
                delegate: delegate.to_account_info(),
                authority: authority.to_account_info(),
            },
            &[&[b"authority", &[authority.bump]]],
        ),
        amount,
        mint.decimals,
    )?;
    Ok(())
}
