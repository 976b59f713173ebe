use anchor_lang::prelude::*;
use anchor_spl::token::{self, Mint, Token, TokenAccount};

/// Accounts of `mint_to`, in order:
///
/// 0. [signer] mint_authority
/// 1. [writable] mint
/// 2. [writable] to
/// 3. [] token_program
#[derive(Accounts)]
pub struct MintTo<'info> {
    pub mint_authority: Signer<'info>,
    #[account(mut)]
    pub mint: Account<'info, Mint>,
    #[account(mut)]
    pub to: Account<'info, TokenAccount>,
    pub token_program: Program<'info, Token>,
}

pub fn handler(ctx: Context<MintTo>, amount: u64) -> Result<()> {
    let mint_authority = &ctx.accounts.mint_authority;
    let mint = &ctx.accounts.mint;
    let to = &ctx.accounts.to;
    let token_program = &ctx.accounts.token_program;
    token::mint_to(
        CpiContext::new(
            token_program.key(),
            token::MintTo {
                mint: mint.to_account_info(),
                to: to.to_account_info(),
                authority: mint_authority.to_account_info(),
            },
        ),
        amount,
    )?;
    Ok(())
}
