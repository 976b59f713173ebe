use anchor_lang::prelude::*;
use anchor_spl::token::{self, Mint, Token, TokenAccount};

use crate::state::*;

/// Accounts of `make`, in order:
///
/// 0. [writable, signer] maker
/// 1. [] mint_a
/// 2. [] mint_b
/// 3. [writable] maker_ata_a
/// 4. [writable] escrow
/// 5. [writable] vault
/// 6. [] system_program
/// 7. [] token_program
#[derive(Accounts)]
#[instruction(seed: u64)]
pub struct Make<'info> {
    #[account(mut)]
    pub maker: Signer<'info>,
    pub mint_a: Account<'info, Mint>,
    pub mint_b: Account<'info, Mint>,
    #[account(mut, associated_token::mint = mint_a, associated_token::authority = maker)]
    pub maker_ata_a: Account<'info, TokenAccount>,
    #[account(
        init,
        payer = maker,
        space = 8 + Escrow::INIT_SPACE,
        seeds = [b"escrow", maker.key().as_ref(), seed.to_le_bytes().as_ref()],
        bump,
    )]
    pub escrow: Account<'info, Escrow>,
    #[account(
        init,
        payer = maker,
        seeds = [b"vault", escrow.key().as_ref()],
        bump,
        token::mint = mint_a,
        token::authority = escrow,
    )]
    pub vault: Account<'info, TokenAccount>,
    pub system_program: Program<'info, System>,
    pub token_program: Program<'info, Token>,
}

pub fn handler(ctx: Context<Make>, seed: u64, deposit: u64, receive: u64) -> Result<()> {
    let maker = &ctx.accounts.maker;
    let mint_a = &ctx.accounts.mint_a;
    let mint_b = &ctx.accounts.mint_b;
    let maker_ata_a = &ctx.accounts.maker_ata_a;
    let escrow = &mut ctx.accounts.escrow;
    let vault = &ctx.accounts.vault;
    let token_program = &ctx.accounts.token_program;
    escrow.maker = maker.key();
    escrow.mint_a = mint_a.key();
    escrow.mint_b = mint_b.key();
    escrow.seed = seed;
    escrow.receive = receive;
    escrow.bump = ctx.bumps.escrow;
    escrow.vault_bump = ctx.bumps.vault;
    token::transfer(
        CpiContext::new(
            token_program.key(),
            token::Transfer {
                from: maker_ata_a.to_account_info(),
                to: vault.to_account_info(),
                authority: maker.to_account_info(),
            },
        ),
        deposit,
    )?;
    Ok(())
}
