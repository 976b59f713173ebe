use anchor_lang::prelude::*;

use crate::state::*;

/// Accounts of `shrink`, in order:
///
/// 0. [signer] owner
/// 1. [writable] ledger
#[derive(Accounts)]
pub struct Shrink<'info> {
    pub owner: Signer<'info>,
    #[account(mut, has_one = owner)]
    pub ledger: Account<'info, Ledger>,
}

pub fn handler(ctx: Context<Shrink>, factor: u8) -> Result<()> {
    let ledger = &mut ctx.accounts.ledger;
    if factor == 0 {
        return Ok(());
    }
    ledger.balance = ledger
        .balance
        .checked_div(i64::from(factor))
        .ok_or(ProgramError::ArithmeticOverflow)?;
    ledger.wide = ledger
        .wide
        .checked_sub(1)
        .ok_or(ProgramError::ArithmeticOverflow)?
        .checked_mul(i128::from(factor))
        .ok_or(ProgramError::ArithmeticOverflow)?;
    ledger.fees = u64::try_from(
        ledger
            .volume
            .checked_div(u128::from(factor))
            .ok_or(ProgramError::ArithmeticOverflow)?,
    )
    .map_err(|_| error!(ErrorCode::InvalidNumericConversion))?;
    Ok(())
}
