use anchor_lang::prelude::*;
use anchor_spl::token::{self, Token, TokenAccount};

/// Accounts of `close_account`, in order:
///
/// 0. [signer] owner
/// 1. [writable] account
/// 2. [writable] destination
/// 3. [] token_program
#[derive(Accounts)]
pub struct CloseAccount<'info> {
    pub owner: Signer<'info>,
    #[account(mut)]
    pub account: Account<'info, TokenAccount>,
    #[account(mut)]
    pub destination: SystemAccount<'info>,
    pub token_program: Program<'info, Token>,
}

pub fn handler(ctx: Context<CloseAccount>) -> Result<()> {
    let owner = &ctx.accounts.owner;
    let account = &ctx.accounts.account;
    let destination = &ctx.accounts.destination;
    let token_program = &ctx.accounts.token_program;
    token::close_account(CpiContext::new(
        token_program.key(),
        token::CloseAccount {
            account: account.to_account_info(),
            destination: destination.to_account_info(),
            authority: owner.to_account_info(),
        },
    ))?;
    Ok(())
}
