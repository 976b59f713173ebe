use anchor_lang::prelude::*;
use anchor_spl::token::{Mint, Token};

/// Accounts of `ensure_mint`, in order:
///
/// 0. [writable, signer] payer
/// 1. [writable, signer] mint
/// 2. [] system_program
/// 3. [] token_program
#[derive(Accounts)]
#[instruction(decimals: u8, freezer: Pubkey)]
pub struct EnsureMint<'info> {
    #[account(mut)]
    pub payer: Signer<'info>,
    #[account(
        init_if_needed,
        payer = payer,
        mint::decimals = decimals,
        mint::authority = payer,
        mint::freeze_authority = freezer,
    )]
    pub mint: Account<'info, Mint>,
    pub system_program: Program<'info, System>,
    pub token_program: Program<'info, Token>,
}

pub fn handler(_ctx: Context<EnsureMint>, _decimals: u8, _freezer: Pubkey) -> Result<()> {
    Ok(())
}
