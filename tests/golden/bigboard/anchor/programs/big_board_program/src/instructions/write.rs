use anchor_lang::prelude::*;

use crate::state::*;

/// Accounts of `write`, in order:
///
/// 0. [signer] authority
/// 1. [writable] board
#[derive(Accounts)]
pub struct Write<'info> {
    pub authority: Signer<'info>,
    #[account(mut, has_one = authority)]
    pub board: AccountLoader<'info, Board>,
}

pub fn handler(ctx: Context<Write>, index: u64, value: u64) -> Result<()> {
    let mut board = ctx.accounts.board.load_mut()?;
    board.cells[index as usize] = value;
    board.writes = board
        .writes
        .checked_add(1)
        .ok_or(ProgramError::ArithmeticOverflow)?;
    Ok(())
}
