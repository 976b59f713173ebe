use anchor_lang::prelude::*;

use crate::state::*;

/// Accounts of `delete_entry`, in order:
///
/// 0. [writable, signer] owner
/// 1. [writable] entry
#[derive(Accounts)]
pub struct DeleteEntry<'info> {
    #[account(mut)]
    pub owner: Signer<'info>,
    #[account(
        mut,
        seeds = [b"entry", owner.key().as_ref(), entry.id.to_le_bytes().as_ref()],
        bump = entry.bump,
        has_one = owner,
        close = owner,
    )]
    pub entry: Account<'info, JournalEntry>,
}

pub fn handler(_ctx: Context<DeleteEntry>) -> Result<()> {
    Ok(())
}
