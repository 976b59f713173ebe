use anchor_lang::prelude::*;
use anchor_spl::associated_token::AssociatedToken;
use anchor_spl::token::{self, Mint, Token, TokenAccount};

use crate::state::*;

/// Accounts of `take`, in order:
///
/// 0. [writable, signer] taker
/// 1. [writable] maker
/// 2. [] mint_a
/// 3. [] mint_b
/// 4. [writable] taker_ata_a
/// 5. [writable] taker_ata_b
/// 6. [writable] maker_ata_b
/// 7. [writable] escrow
/// 8. [writable] vault
/// 9. [] system_program
/// 10. [] token_program
/// 11. [] associated_token_program
#[derive(Accounts)]
pub struct Take<'info> {
    #[account(mut)]
    pub taker: Signer<'info>,
    #[account(mut)]
    pub maker: SystemAccount<'info>,
    pub mint_a: Account<'info, Mint>,
    pub mint_b: Account<'info, Mint>,
    #[account(
        init_if_needed,
        payer = taker,
        associated_token::mint = mint_a,
        associated_token::authority = taker,
    )]
    pub taker_ata_a: Account<'info, TokenAccount>,
    #[account(mut, associated_token::mint = mint_b, associated_token::authority = taker)]
    pub taker_ata_b: Account<'info, TokenAccount>,
    #[account(
        init_if_needed,
        payer = taker,
        associated_token::mint = mint_b,
        associated_token::authority = maker,
    )]
    pub maker_ata_b: Account<'info, TokenAccount>,
    #[account(
        mut,
        seeds = [b"escrow", maker.key().as_ref(), escrow.seed.to_le_bytes().as_ref()],
        bump = escrow.bump,
        has_one = maker,
        has_one = mint_a,
        has_one = mint_b,
        close = maker,
    )]
    pub escrow: Account<'info, Escrow>,
    #[account(
        mut,
        seeds = [b"vault", escrow.key().as_ref()],
        bump = escrow.vault_bump,
        token::mint = mint_a,
        token::authority = escrow,
    )]
    pub vault: Account<'info, TokenAccount>,
    pub system_program: Program<'info, System>,
    pub token_program: Program<'info, Token>,
    pub associated_token_program: Program<'info, AssociatedToken>,
}

pub fn handler(ctx: Context<Take>) -> Result<()> {
    let taker = &ctx.accounts.taker;
    let maker = &ctx.accounts.maker;
    let taker_ata_a = &ctx.accounts.taker_ata_a;
    let taker_ata_b = &ctx.accounts.taker_ata_b;
    let maker_ata_b = &ctx.accounts.maker_ata_b;
    let escrow = &ctx.accounts.escrow;
    let vault = &ctx.accounts.vault;
    let token_program = &ctx.accounts.token_program;
    token::transfer(
        CpiContext::new(
            token_program.key(),
            token::Transfer {
                from: taker_ata_b.to_account_info(),
                to: maker_ata_b.to_account_info(),
                authority: taker.to_account_info(),
            },
        ),
        escrow.receive,
    )?;
    token::transfer(
        CpiContext::new_with_signer(
            token_program.key(),
            token::Transfer {
                from: vault.to_account_info(),
                to: taker_ata_a.to_account_info(),
                authority: escrow.to_account_info(),
            },
            &[&[
                b"escrow",
                maker.key().as_ref(),
                escrow.seed.to_le_bytes().as_ref(),
                &[escrow.bump],
            ]],
        ),
        vault.amount,
    )?;
    token::close_account(CpiContext::new_with_signer(
        token_program.key(),
        token::CloseAccount {
            account: vault.to_account_info(),
            destination: maker.to_account_info(),
            authority: escrow.to_account_info(),
        },
        &[&[
            b"escrow",
            maker.key().as_ref(),
            escrow.seed.to_le_bytes().as_ref(),
            &[escrow.bump],
        ]],
    ))?;
    Ok(())
}
