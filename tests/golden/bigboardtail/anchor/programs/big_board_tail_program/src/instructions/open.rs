use anchor_lang::prelude::*;

use crate::state::*;

/// Accounts of `open`, in order:
///
/// 0. [signer] owner
/// 1. [writable] ledger
#[derive(Accounts)]
pub struct Open<'info> {
    pub owner: Signer<'info>,
    #[account(zero)]
    pub ledger: AccountLoader<'info, Ledger>,
}

pub fn handler(ctx: Context<Open>) -> Result<()> {
    let owner = &ctx.accounts.owner;
    let mut ledger = ctx.accounts.ledger.load_init()?;
    ledger.owner = owner.key();
    Ok(())
}
