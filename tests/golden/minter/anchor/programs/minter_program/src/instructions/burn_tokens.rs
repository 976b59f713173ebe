use anchor_lang::prelude::*;
use anchor_spl::token::{self, Mint, Token, TokenAccount};

use crate::error::*;

/// Accounts of `burn_tokens`, in order:
///
/// 0. [signer] owner
/// 1. [writable] mint
/// 2. [writable] owner_ata
/// 3. [] token_program
#[derive(Accounts)]
pub struct BurnTokens<'info> {
    pub owner: Signer<'info>,
    #[account(mut)]
    pub mint: Account<'info, Mint>,
    #[account(mut, associated_token::mint = mint, associated_token::authority = owner)]
    pub owner_ata: Account<'info, TokenAccount>,
    pub token_program: Program<'info, Token>,
}

pub fn handler(ctx: Context<BurnTokens>, amount: u64) -> Result<()> {
    let owner = &ctx.accounts.owner;
    let mint = &ctx.accounts.mint;
    let owner_ata = &ctx.accounts.owner_ata;
    let token_program = &ctx.accounts.token_program;
    require!(
        owner_ata.amount >= amount,
        MinterProgramError::InsufficientBalance
    );
    token::burn(
        CpiContext::new(
            token_program.key(),
            token::Burn {
                mint: mint.to_account_info(),
                from: owner_ata.to_account_info(),
                authority: owner.to_account_info(),
            },
        ),
        amount,
    )?;
    Ok(())
}
