use anchor_lang::prelude::*;

use crate::state::*;

/// Accounts of `open`, in order:
///
/// 0. [signer] authority
/// 1. [writable] board
#[derive(Accounts)]
pub struct Open<'info> {
    pub authority: Signer<'info>,
    #[account(zero)]
    pub board: AccountLoader<'info, Board>,
}

pub fn handler(ctx: Context<Open>) -> Result<()> {
    let authority = &ctx.accounts.authority;
    let mut board = ctx.accounts.board.load_init()?;
    board.authority = authority.key();
    Ok(())
}
