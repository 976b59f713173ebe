use anchor_lang::prelude::*;
use anchor_spl::token::{self, Token, TokenAccount};

/// Accounts of `revoke`, in order:
///
/// 0. [signer] owner
/// 1. [writable] source
/// 2. [] token_program
#[derive(Accounts)]
pub struct Revoke<'info> {
    pub owner: Signer<'info>,
    #[account(mut)]
    pub source: Account<'info, TokenAccount>,
    pub token_program: Program<'info, Token>,
}

pub fn handler(ctx: Context<Revoke>) -> Result<()> {
    let owner = &ctx.accounts.owner;
    let source = &ctx.accounts.source;
    let token_program = &ctx.accounts.token_program;
    token::revoke(CpiContext::new(
        token_program.key(),
        token::Revoke {
            source: source.to_account_info(),
            authority: owner.to_account_info(),
        },
    ))?;
    Ok(())
}
