use anchor_lang::prelude::*;

use crate::error::*;
use crate::state::*;

/// Accounts of `check_priority`, in order:
///
/// 0. [] owner
/// 1. [] maker
#[derive(Accounts)]
pub struct CheckPriority<'info> {
    /// CHECK: the DSL declares this account unchecked; the program reads no data from it.
    pub owner: UncheckedAccount<'info>,
    #[account(seeds = [b"maker", owner.key().as_ref()], bump = maker.bump)]
    pub maker: Account<'info, MarketMaker>,
}

pub fn handler(ctx: Context<CheckPriority>, min_tier: u8) -> Result<()> {
    let maker = &ctx.accounts.maker;
    require!(maker.priority_tier >= min_tier, HfmmtError::PriorityTooLow);
    Ok(())
}
