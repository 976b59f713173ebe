use anchor_lang::prelude::*;

use crate::state::*;

/// Accounts of `close_note`, in order:
///
/// 0. [writable, signer] owner
/// 1. [writable] note
#[derive(Accounts)]
pub struct CloseNote<'info> {
    #[account(mut)]
    pub owner: Signer<'info>,
    #[account(mut, seeds = [b"note", owner.key().as_ref()], bump, has_one = owner, close = owner)]
    pub note: Account<'info, Note>,
}

pub fn handler(_ctx: Context<CloseNote>) -> Result<()> {
    Ok(())
}
