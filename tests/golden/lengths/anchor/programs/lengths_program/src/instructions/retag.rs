use anchor_lang::prelude::*;

use crate::state::*;

/// Accounts of `retag`, in order:
///
/// 0. [signer] owner
/// 1. [] label
#[derive(Accounts)]
#[instruction(name: String)]
pub struct Retag<'info> {
    pub owner: Signer<'info>,
    #[account(seeds = [b"label", name.as_bytes()], bump = label.bump)]
    pub label: Account<'info, Label>,
}

pub fn handler(_ctx: Context<Retag>, name: String) -> Result<()> {
    msg!("Label {}", name);
    Ok(())
}
