use anchor_lang::prelude::*;

use crate::error::*;
use crate::state::*;

/// Accounts of `stamp`, in order:
///
/// 0. [signer] owner
/// 1. [writable] ledger
#[derive(Accounts)]
pub struct Stamp<'info> {
    pub owner: Signer<'info>,
    #[account(mut, has_one = owner)]
    pub ledger: AccountLoader<'info, Ledger>,
}

pub fn handler(ctx: Context<Stamp>, index: u64, value: u64, limit: u64) -> Result<()> {
    let owner = &ctx.accounts.owner;
    let mut ledger = ctx.accounts.ledger.load_mut()?;
    require!(
        ledger.stamps < limit && ledger.owner == owner.key(),
        BigBoardTailProgramError::LimitReached
    );
    ledger.entries[index as usize] = value;
    ledger.stamps = ledger
        .stamps
        .checked_add(1)
        .ok_or(ProgramError::ArithmeticOverflow)?;
    msg!("stamp {} by {}", ledger.stamps, ledger.owner);
    Ok(())
}
