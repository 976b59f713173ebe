use anchor_lang::prelude::*;

use crate::events::*;
use crate::state::*;

/// Accounts of `set_auto_compound`, in order:
///
/// 0. [signer] owner
/// 1. [writable] maker
#[derive(Accounts)]
pub struct SetAutoCompound<'info> {
    pub owner: Signer<'info>,
    #[account(mut, seeds = [b"maker", owner.key().as_ref()], bump = maker.bump)]
    pub maker: Account<'info, MarketMaker>,
}

pub fn handler(ctx: Context<SetAutoCompound>, enabled: bool) -> Result<()> {
    let owner = &ctx.accounts.owner;
    let maker = &mut ctx.accounts.maker;
    maker.auto_compound = enabled;
    emit!(AutoCompoundSet {
        owner: owner.key(),
        enabled
    });
    Ok(())
}
