use anchor_lang::prelude::*;

use crate::state::*;

/// Accounts of `reset`, in order:
///
/// 0. [signer] admin
/// 1. [writable] board
#[derive(Accounts)]
pub struct Reset<'info> {
    pub admin: Signer<'info>,
    #[account(mut, seeds = [b"board", admin.key().as_ref()], bump = board.bump, has_one = admin)]
    pub board: Account<'info, VoteBoard>,
}

pub fn handler(ctx: Context<Reset>) -> Result<()> {
    let board = &mut ctx.accounts.board;
    board.score = 0;
    board.votes = 0;
    Ok(())
}
