use anchor_lang::prelude::*;
use anchor_spl::associated_token::AssociatedToken;
use anchor_spl::token::{Mint, Token, TokenAccount};

/// Accounts of `setup_tokens`, in order:
///
/// 0. [writable, signer] payer
/// 1. [] authority
/// 2. [writable] mint
/// 3. [writable] vault
/// 4. [writable] payer_ata
/// 5. [] old_mint
/// 6. [] system_program
/// 7. [] token_program
/// 8. [] associated_token_program
#[derive(Accounts)]
pub struct SetupTokens<'info> {
    #[account(mut)]
    pub payer: Signer<'info>,
    /// CHECK: the DSL declares this account unchecked; the program reads no data from it.
    #[account(seeds = [b"authority"], bump)]
    pub authority: UncheckedAccount<'info>,
    #[account(
        init,
        payer = payer,
        seeds = [b"mint"],
        bump,
        mint::decimals = 6,
        mint::authority = authority,
    )]
    pub mint: Account<'info, Mint>,
    #[account(
        init,
        payer = payer,
        seeds = [b"vault", mint.key().as_ref()],
        bump,
        token::mint = mint,
        token::authority = authority,
    )]
    pub vault: Account<'info, TokenAccount>,
    #[account(
        init_if_needed,
        payer = payer,
        associated_token::mint = mint,
        associated_token::authority = payer,
    )]
    pub payer_ata: Account<'info, TokenAccount>,
    #[account(seeds = [b"old-mint"], bump)]
    pub old_mint: Account<'info, Mint>,
    pub system_program: Program<'info, System>,
    pub token_program: Program<'info, Token>,
    pub associated_token_program: Program<'info, AssociatedToken>,
}

pub fn handler(ctx: Context<SetupTokens>) -> Result<()> {
    let old_mint = &ctx.accounts.old_mint;
    msg!(
        "Old mint {} has {} decimals",
        old_mint.key(),
        old_mint.decimals
    );
    Ok(())
}
