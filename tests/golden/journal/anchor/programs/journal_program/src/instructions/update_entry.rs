use anchor_lang::prelude::*;

use crate::state::*;

/// Accounts of `update_entry`, in order:
///
/// 0. [signer] owner
/// 1. [writable] entry
#[derive(Accounts)]
pub struct UpdateEntry<'info> {
    pub owner: Signer<'info>,
    #[account(
        mut,
        seeds = [b"entry", owner.key().as_ref(), entry.id.to_le_bytes().as_ref()],
        bump = entry.bump,
        has_one = owner,
    )]
    pub entry: Account<'info, JournalEntry>,
}

pub fn handler(ctx: Context<UpdateEntry>, message: String) -> Result<()> {
    let entry = &mut ctx.accounts.entry;
    entry.message = message;
    Ok(())
}
