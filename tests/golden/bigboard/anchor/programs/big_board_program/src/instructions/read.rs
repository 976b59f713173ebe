use anchor_lang::prelude::*;

use crate::state::*;

/// Accounts of `read`, in order:
///
/// 0. [] board
#[derive(Accounts)]
pub struct Read<'info> {
    pub board: AccountLoader<'info, Board>,
}

pub fn handler(ctx: Context<Read>, index: u64) -> Result<()> {
    let board = ctx.accounts.board.load()?;
    msg!("cell {} holds {}", index, board.cells[index as usize]);
    Ok(())
}
