use anchor_lang::prelude::*;
use anchor_spl::token::{self, Mint, Token, TokenAccount};

use crate::state::*;

/// Accounts of `refund`, in order:
///
/// 0. [writable, signer] maker
/// 1. [] mint_a
/// 2. [writable] maker_ata_a
/// 3. [writable] escrow
/// 4. [writable] vault
/// 5. [] token_program
#[derive(Accounts)]
pub struct Refund<'info> {
    #[account(mut)]
    pub maker: Signer<'info>,
    pub mint_a: Account<'info, Mint>,
    #[account(mut, associated_token::mint = mint_a, associated_token::authority = maker)]
    pub maker_ata_a: Account<'info, TokenAccount>,
    #[account(
        mut,
        seeds = [b"escrow", maker.key().as_ref(), escrow.seed.to_le_bytes().as_ref()],
        bump = escrow.bump,
        has_one = maker,
        has_one = mint_a,
        close = maker,
    )]
    pub escrow: Account<'info, Escrow>,
    #[account(
        mut,
        seeds = [b"vault", escrow.key().as_ref()],
        bump,
        token::mint = mint_a,
        token::authority = escrow,
    )]
    pub vault: Account<'info, TokenAccount>,
    pub token_program: Program<'info, Token>,
}

pub fn handler(ctx: Context<Refund>) -> Result<()> {
    let maker = &ctx.accounts.maker;
    let maker_ata_a = &ctx.accounts.maker_ata_a;
    let escrow = &ctx.accounts.escrow;
    let vault = &ctx.accounts.vault;
    let token_program = &ctx.accounts.token_program;
    token::transfer(
        CpiContext::new_with_signer(
            token_program.key(),
            token::Transfer {
                from: vault.to_account_info(),
                to: maker_ata_a.to_account_info(),
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
