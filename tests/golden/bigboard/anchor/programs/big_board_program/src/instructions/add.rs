use anchor_lang::prelude::*;

use crate::state::*;

/// Accounts of `add`, in order:
///
/// 0. [signer] owner
/// 1. [writable] tally
#[derive(Accounts)]
pub struct Add<'info> {
    pub owner: Signer<'info>,
    #[account(mut, has_one = owner)]
    pub tally: AccountLoader<'info, Tally>,
}

pub fn handler(ctx: Context<Add>, slot: u8, amount: u128) -> Result<()> {
    let mut tally = ctx.accounts.tally.load_mut()?;
    tally.totals[slot as usize] = tally.totals[slot as usize]
        .checked_add(amount)
        .ok_or(ProgramError::ArithmeticOverflow)?;
    tally.updates = tally
        .updates
        .checked_add(1)
        .ok_or(ProgramError::ArithmeticOverflow)?;
    Ok(())
}
