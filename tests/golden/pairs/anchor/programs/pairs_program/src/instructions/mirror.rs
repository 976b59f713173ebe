use anchor_lang::prelude::*;

use crate::state::*;

/// Accounts of `mirror`, in order:
///
/// 0. [] source
/// 1. [writable] first
/// 2. [writable] second
#[derive(Accounts)]
pub struct Mirror<'info> {
    pub source: Account<'info, Tally>,
    #[account(mut)]
    pub first: Account<'info, Tally>,
    #[account(mut)]
    pub second: Account<'info, Tally>,
}

pub fn handler(ctx: Context<Mirror>) -> Result<()> {
    let source = &ctx.accounts.source;
    let first = &mut ctx.accounts.first;
    let second = &mut ctx.accounts.second;
    first.count = source.count;
    second.count = source.count;
    Ok(())
}
