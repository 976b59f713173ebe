use anchor_lang::prelude::*;
use anchor_spl::token::{self, Mint, Token, TokenAccount};

/// Accounts of `thaw_account`, in order:
///
/// 0. [signer] freeze_authority
/// 1. [] mint
/// 2. [writable] account
/// 3. [] token_program
#[derive(Accounts)]
pub struct ThawAccount<'info> {
    pub freeze_authority: Signer<'info>,
    pub mint: Account<'info, Mint>,
    #[account(mut)]
    pub account: Account<'info, TokenAccount>,
    pub token_program: Program<'info, Token>,
}

pub fn handler(ctx: Context<ThawAccount>) -> Result<()> {
    let freeze_authority = &ctx.accounts.freeze_authority;
    let mint = &ctx.accounts.mint;
    let account = &ctx.accounts.account;
    let token_program = &ctx.accounts.token_program;
    token::thaw_account(CpiContext::new(
        token_program.key(),
        token::ThawAccount {
            account: account.to_account_info(),
            mint: mint.to_account_info(),
            authority: freeze_authority.to_account_info(),
        },
    ))?;
    Ok(())
}
