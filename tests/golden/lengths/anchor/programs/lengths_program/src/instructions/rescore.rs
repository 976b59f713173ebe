use anchor_lang::prelude::*;

use crate::state::*;

/// Accounts of `rescore`, in order:
///
/// 0. [signer] owner
/// 1. [writable] board
#[derive(Accounts)]
pub struct Rescore<'info> {
    pub owner: Signer<'info>,
    #[account(mut, seeds = [b"board", owner.key().as_ref()], bump = board.bump, has_one = owner)]
    pub board: Account<'info, Board>,
}

pub fn handler(ctx: Context<Rescore>, scores: Vec<u64>) -> Result<()> {
    let board = &mut ctx.accounts.board;
    board.scores = scores;
    Ok(())
}
