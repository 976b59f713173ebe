use anchor_lang::prelude::*;
use anchor_spl::token::spl_token::instruction::AuthorityType;
use anchor_spl::token::{self, Token, TokenAccount};

/// Accounts of `clear_close_authority`, in order:
///
/// 0. [signer] current
/// 1. [writable] account
/// 2. [] token_program
#[derive(Accounts)]
pub struct ClearCloseAuthority<'info> {
    pub current: Signer<'info>,
    #[account(mut)]
    pub account: Account<'info, TokenAccount>,
    pub token_program: Program<'info, Token>,
}

pub fn handler(ctx: Context<ClearCloseAuthority>) -> Result<()> {
    let current = &ctx.accounts.current;
    let account = &ctx.accounts.account;
    let token_program = &ctx.accounts.token_program;
    token::set_authority(
        CpiContext::new(
            token_program.key(),
            token::SetAuthority {
                current_authority: current.to_account_info(),
                account_or_mint: account.to_account_info(),
            },
        ),
        AuthorityType::CloseAccount,
        None,
    )?;
    Ok(())
}
