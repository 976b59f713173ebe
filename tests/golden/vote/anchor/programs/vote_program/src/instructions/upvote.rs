use anchor_lang::prelude::*;

use crate::state::*;

/// Accounts of `upvote`, in order:
///
/// 0. [signer] voter
/// 1. [] admin
/// 2. [writable] board
#[derive(Accounts)]
pub struct Upvote<'info> {
    pub voter: Signer<'info>,
    /// CHECK: the DSL declares this account unchecked; the program reads no data from it.
    pub admin: UncheckedAccount<'info>,
    #[account(mut, seeds = [b"board", admin.key().as_ref()], bump = board.bump, has_one = admin)]
    pub board: Account<'info, VoteBoard>,
}

pub fn handler(ctx: Context<Upvote>) -> Result<()> {
    let board = &mut ctx.accounts.board;
    board.score = board
        .score
        .checked_add(1)
        .ok_or(ProgramError::ArithmeticOverflow)?;
    board.votes = board
        .votes
        .checked_add(1)
        .ok_or(ProgramError::ArithmeticOverflow)?;
    Ok(())
}
