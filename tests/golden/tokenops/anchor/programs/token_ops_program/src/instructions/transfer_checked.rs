use anchor_lang::prelude::*;
use anchor_spl::token::{self, Mint, Token, TokenAccount};

/// Accounts of `transfer_checked`, in order:
///
/// 0. [signer] owner
/// 1. [] mint
/// 2. [writable] from
/// 3. [writable] to
/// 4. [] token_program
#[derive(Accounts)]
pub struct TransferChecked<'info> {
    pub owner: Signer<'info>,
    pub mint: Account<'info, Mint>,
    #[account(mut)]
    pub from: Account<'info, TokenAccount>,
    #[account(mut)]
    pub to: Account<'info, TokenAccount>,
    pub token_program: Program<'info, Token>,
}

pub fn handler(ctx: Context<TransferChecked>, amount: u64, decimals: u8) -> Result<()> {
    let owner = &ctx.accounts.owner;
    let mint = &ctx.accounts.mint;
    let from = &ctx.accounts.from;
    let to = &ctx.accounts.to;
    let token_program = &ctx.accounts.token_program;
    token::transfer_checked(
        CpiContext::new(
            token_program.key(),
            token::TransferChecked {
                from: from.to_account_info(),
                mint: mint.to_account_info(),
                to: to.to_account_info(),
                authority: owner.to_account_info(),
            },
        ),
        amount,
        decimals,
    )?;
    Ok(())
}
