use anchor_lang::prelude::*;
use anchor_spl::token::{self, Token, TokenAccount};

/// Accounts of `approve`, in order:
///
/// 0. [signer] owner
/// 1. [writable] source
/// 2. [] delegate
/// 3. [] token_program
#[derive(Accounts)]
pub struct Approve<'info> {
    pub owner: Signer<'info>,
    #[account(mut)]
    pub source: Account<'info, TokenAccount>,
    pub delegate: SystemAccount<'info>,
    pub token_program: Program<'info, Token>,
}

pub fn handler(ctx: Context<Approve>, amount: u64) -> Result<()> {
    let owner = &ctx.accounts.owner;
    let source = &ctx.accounts.source;
    let delegate = &ctx.accounts.delegate;
    let token_program = &ctx.accounts.token_program;
    token::approve(
        CpiContext::new(
            token_program.key(),
            token::Approve {
                to: source.to_account_info(),
                delegate: delegate.to_account_info(),
                authority: owner.to_account_info(),
            },
        ),
        amount,
    )?;
    Ok(())
}
