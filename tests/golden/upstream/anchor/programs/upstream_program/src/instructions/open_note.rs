use anchor_lang::prelude::*;

use crate::state::*;

/// Accounts of `open_note`, in order:
///
/// 0. [writable, signer] owner
/// 1. [writable] note
/// 2. [] system_program
#[derive(Accounts)]
pub struct OpenNote<'info> {
    #[account(mut)]
    pub owner: Signer<'info>,
    #[account(
        init,
        payer = owner,
        space = 8 + Note::INIT_SPACE,
        seeds = [b"note", owner.key().as_ref()],
        bump,
    )]
    pub note: Account<'info, Note>,
    pub system_program: Program<'info, System>,
}

pub fn handler(ctx: Context<OpenNote>, text: u64) -> Result<()> {
    let owner = &ctx.accounts.owner;
    let note = &mut ctx.accounts.note;
    note.owner = owner.key();
    note.text = text;
    Ok(())
}
