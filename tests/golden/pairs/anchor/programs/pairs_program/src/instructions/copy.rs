use anchor_lang::prelude::*;

use crate::state::*;

/// Accounts of `copy`, in order:
///
/// 0. [] source
/// 1. [writable] target
#[derive(Accounts)]
pub struct Copy<'info> {
    pub source: Account<'info, Tally>,
    #[account(mut)]
    pub target: Account<'info, Tally>,
}

pub fn handler(ctx: Context<Copy>) -> Result<()> {
    let source = &ctx.accounts.source;
    let target = &mut ctx.accounts.target;
    target.count = source.count;
    Ok(())
}
