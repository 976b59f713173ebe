use anchor_lang::prelude::*;

use crate::state::*;

/// Accounts of `open`, in order:
///
/// 0. [writable, signer] owner
/// 1. [writable] board
/// 2. [] system_program
#[derive(Accounts)]
pub struct Open<'info> {
    #[account(mut)]
    pub owner: Signer<'info>,
    #[account(
        init,
        payer = owner,
        space = 8 + Board::INIT_SPACE,
        seeds = [b"board", owner.key().as_ref()],
        bump,
    )]
    pub board: Account<'info, Board>,
    pub system_program: Program<'info, System>,
}

pub fn handler(ctx: Context<Open>, title: String, scores: Vec<u64>) -> Result<()> {
    let owner = &ctx.accounts.owner;
    let board = &mut ctx.accounts.board;
    board.owner = owner.key();
    board.title = title;
    board.scores = scores;
    board.bump = ctx.bumps.board;
    Ok(())
}
