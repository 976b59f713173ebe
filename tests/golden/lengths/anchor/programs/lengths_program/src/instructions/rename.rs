use anchor_lang::prelude::*;

use crate::events::*;
use crate::state::*;

/// Accounts of `rename`, in order:
///
/// 0. [signer] owner
/// 1. [writable] board
#[derive(Accounts)]
pub struct Rename<'info> {
    pub owner: Signer<'info>,
    #[account(mut, seeds = [b"board", owner.key().as_ref()], bump = board.bump, has_one = owner)]
    pub board: Account<'info, Board>,
}

pub fn handler(ctx: Context<Rename>, title: Option<String>) -> Result<()> {
    let owner = &ctx.accounts.owner;
    let board = &mut ctx.accounts.board;
    if let Some(title) = title.clone() {
        board.title = title.clone();
    }
    emit!(Renamed {
        board: board.key(),
        title: board.title.clone()
    });
    msg!("Board {} of {}", board.title, owner.key());
    Ok(())
}
