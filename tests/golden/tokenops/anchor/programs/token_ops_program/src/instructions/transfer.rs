use anchor_lang::prelude::*;
use anchor_spl::token::{self, Token, TokenAccount};

/// Accounts of `transfer`, in order:
///
/// 0. [signer] owner
/// 1. [writable] from
/// 2. [writable] to
/// 3. [] token_program
#[derive(Accounts)]
pub struct Transfer<'info> {
    pub owner: Signer<'info>,
    #[account(mut)]
    pub from: Account<'info, TokenAccount>,
    #[account(mut)]
    pub to: Account<'info, TokenAccount>,
    pub token_program: Program<'info, Token>,
}

pub fn handler(ctx: Context<Transfer>, amount: u64) -> Result<()> {
    let owner = &ctx.accounts.owner;
    let from = &ctx.accounts.from;
    let to = &ctx.accounts.to;
    let token_program = &ctx.accounts.token_program;
    token::transfer(
        CpiContext::new(
            token_program.key(),
            token::Transfer {
                from: from.to_account_info(),
                to: to.to_account_info(),
                authority: owner.to_account_info(),
            },
        ),
        amount,
    )?;
    Ok(())
}
