use anchor_lang::prelude::*;
use anchor_spl::token::{self, Mint, Token};

/// Accounts of `initialize_account`, in order:
///
/// 0. [writable] account
/// 1. [] mint
/// 2. [] owner
/// 3. [] token_program
#[derive(Accounts)]
pub struct InitializeAccount<'info> {
    /// CHECK: the DSL declares this account unchecked; the program reads no data from it.
    #[account(mut)]
    pub account: UncheckedAccount<'info>,
    pub mint: Account<'info, Mint>,
    pub owner: SystemAccount<'info>,
    pub token_program: Program<'info, Token>,
}

pub fn handler(ctx: Context<InitializeAccount>) -> Result<()> {
    let account = &ctx.accounts.account;
    let mint = &ctx.accounts.mint;
    let owner = &ctx.accounts.owner;
    let token_program = &ctx.accounts.token_program;
    token::initialize_account3(CpiContext::new(
        token_program.key(),
        token::InitializeAccount3 {
            account: account.to_account_info(),
            mint: mint.to_account_info(),
            authority: owner.to_account_info(),
        },
    ))?;
    Ok(())
}
