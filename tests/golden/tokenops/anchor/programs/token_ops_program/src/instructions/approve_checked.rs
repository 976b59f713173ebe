use anchor_lang::prelude::*;
use anchor_spl::token::{self, Mint, Token, TokenAccount};

/// Accounts of `approve_checked`, in order:
///
/// 0. [signer] owner
/// 1. [] mint
/// 2. [writable] source
/// 3. [] delegate
/// 4. [] token_program
#[derive(Accounts)]
pub struct ApproveChecked<'info> {
    pub owner: Signer<'info>,
    pub mint: Account<'info, Mint>,
    #[account(mut)]
    pub source: Account<'info, TokenAccount>,
    pub delegate: SystemAccount<'info>,
    pub token_program: Program<'info, Token>,
}

pub fn handler(ctx: Context<ApproveChecked>, amount: u64, decimals: u8) -> Result<()> {
    let owner = &ctx.accounts.owner;
    let mint = &ctx.accounts.mint;
    let source = &ctx.accounts.source;
    let delegate = &ctx.accounts.delegate;
    let token_program = &ctx.accounts.token_program;
    token::approve_checked(
        CpiContext::new(
            token_program.key(),
            token::ApproveChecked {
                to: source.to_account_info(),
                mint: mint.to_account_info(),
                delegate: delegate.to_account_info(),
                authority: owner.to_account_info(),
            },
        ),
        amount,
        decimals,
    )?;
    Ok(())
}
