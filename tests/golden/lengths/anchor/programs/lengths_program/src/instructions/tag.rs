use anchor_lang::prelude::*;

use crate::state::*;

/// Accounts of `tag`, in order:
///
/// 0. [writable, signer] owner
/// 1. [writable] label
/// 2. [] system_program
#[derive(Accounts)]
#[instruction(name: String)]
pub struct Tag<'info> {
    #[account(mut)]
    pub owner: Signer<'info>,
    #[account(
        init,
        payer = owner,
        space = 8 + Label::INIT_SPACE,
        seeds = [b"label", name.as_bytes()],
        bump,
    )]
    pub label: Account<'info, Label>,
    pub system_program: Program<'info, System>,
}

pub fn handler(ctx: Context<Tag>, name: String) -> Result<()> {
    let label = &mut ctx.accounts.label;
    label.name = name;
    label.bump = ctx.bumps.label;
    Ok(())
}
