use anchor_lang::prelude::*;
use anchor_spl::token::{Mint, Token};

/// Accounts of `check_mint`, in order:
///
/// 0. [signer] authority
/// 1. [] mint
/// 2. [] token_program
#[derive(Accounts)]
#[instruction(decimals: u8)]
pub struct CheckMint<'info> {
    pub authority: Signer<'info>,
    #[account(mint::decimals = decimals, mint::authority = authority)]
    pub mint: Account<'info, Mint>,
    pub token_program: Program<'info, Token>,
}

pub fn handler(_ctx: Context<CheckMint>, _decimals: u8) -> Result<()> {
    Ok(())
}
