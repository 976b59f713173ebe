use anchor_lang::prelude::*;
use anchor_spl::token::{Mint, Token};

/// Accounts of `new_mint`, in order:
///
/// 0. [writable, signer] payer
/// 1. [writable] mint
/// 2. [] system_program
/// 3. [] token_program
#[derive(Accounts)]
#[instruction(decimals: u8, freezer: Pubkey)]
pub struct NewMint<'info> {
    #[account(mut)]
    pub payer: Signer<'info>,
    #[account(
        init,
        payer = payer,
        seeds = [b"mint", payer.key().as_ref()],
        bump,
        mint::decimals = decimals,
        mint::authority = payer,
        mint::freeze_authority = freezer,
    )]
    pub mint: Account<'info, Mint>,
    pub system_program: Program<'info, System>,
    pub token_program: Program<'info, Token>,
}

pub fn handler(_ctx: Context<NewMint>, _decimals: u8, _freezer: Pubkey) -> Result<()> {
    Ok(())
}
