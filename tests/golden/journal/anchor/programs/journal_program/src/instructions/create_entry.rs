use anchor_lang::prelude::*;

use crate::state::*;

/// Accounts of `create_entry`, in order:
///
/// 0. [writable, signer] owner
/// 1. [writable] entry
/// 2. [] system_program
#[derive(Accounts)]
#[instruction(id: u64)]
pub struct CreateEntry<'info> {
    #[account(mut)]
    pub owner: Signer<'info>,
    #[account(
        init,
        payer = owner,
        space = 8 + JournalEntry::INIT_SPACE,
        seeds = [b"entry", owner.key().as_ref(), id.to_le_bytes().as_ref()],
        bump,
    )]
    pub entry: Account<'info, JournalEntry>,
    pub system_program: Program<'info, System>,
}

pub fn handler(ctx: Context<CreateEntry>, id: u64, title: String, message: String) -> Result<()> {
    let owner = &ctx.accounts.owner;
    let entry = &mut ctx.accounts.entry;
    entry.owner = owner.key();
    entry.id = id;
    entry.title = title;
    entry.message = message;
    entry.bump = ctx.bumps.entry;
    Ok(())
}
