use anchor_lang::prelude::*;

use crate::state::*;

/// Accounts of `initialize`, in order:
///
/// 0. [writable, signer] admin
/// 1. [writable] board
/// 2. [] system_program
#[derive(Accounts)]
pub struct Initialize<'info> {
    #[account(mut)]
    pub admin: Signer<'info>,
    #[account(
        init,
        payer = admin,
        space = 8 + VoteBoard::INIT_SPACE,
        seeds = [b"board", admin.key().as_ref()],
        bump,
    )]
    pub board: Account<'info, VoteBoard>,
    pub system_program: Program<'info, System>,
}

pub fn handler(ctx: Context<Initialize>) -> Result<()> {
    let admin = &ctx.accounts.admin;
    let board = &mut ctx.accounts.board;
    board.admin = admin.key();
    board.score = 0;
    board.votes = 0;
    board.bump = ctx.bumps.board;
    Ok(())
}
