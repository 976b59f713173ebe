use anchor_lang::prelude::*;
use anchor_spl::token::{self, Mint, Token};

use crate::state::*;

/// Accounts of `pda_initialize_account`, in order:
///
/// 0. [] authority
/// 1. [] mint
/// 2. [writable] account
/// 3. [] token_program
#[derive(Accounts)]
pub struct PdaInitializeAccount<'info> {
    #[account(seeds = [b"authority"], bump = authority.bump)]
    pub authority: Account<'info, TokenAuthority>,
    pub mint: Account<'info, Mint>,
    /// CHECK: the DSL declares this account unchecked; the program reads no data from it.
    #[account(mut)]
    pub account: UncheckedAccount<'info>,
    pub token_program: Program<'info, Token>,
}

pub fn handler(ctx: Context<PdaInitializeAccount>) -> Result<()> {
    let authority = &ctx.accounts.authority;
    let mint = &ctx.accounts.mint;
    let account = &ctx.accounts.account;
    let token_program = &ctx.accounts.token_program;
    token::initialize_account3(CpiContext::new(
        token_program.key(),
        token::InitializeAccount3 {
            account: account.to_account_info(),
            mint: mint.to_account_info(),
            authority: authority.to_account_info(),
        },
    ))?;
    Ok(())
}
