use anchor_lang::prelude::*;

use crate::state::*;

/// Accounts of `copy_cell`, in order:
///
/// 0. [signer] authority
/// 1. [writable] board
#[derive(Accounts)]
pub struct CopyCell<'info> {
    pub authority: Signer<'info>,
    #[account(mut, has_one = authority)]
    pub board: AccountLoader<'info, Board>,
}

pub fn handler(ctx: Context<CopyCell>, from: u64, to: u64) -> Result<()> {
    let mut board = ctx.accounts.board.load_mut()?;
    board.cells[to as usize] = board.cells[from as usize];
    Ok(())
}
