use anchor_lang::prelude::*;

use crate::state::*;

/// Accounts of `percent_of`, in order:
///
/// 0. [writable] totals
#[derive(Accounts)]
pub struct PercentOf<'info> {
    #[account(mut)]
    pub totals: Account<'info, Totals>,
}

pub fn handler(ctx: Context<PercentOf>, x: u64, a: u64, b: u64) -> Result<()> {
    let totals = &mut ctx.accounts.totals;
    totals.count = x
        .checked_add(
            u64::try_from(
                u128::from(a)
                    .checked_mul(u128::from(b))
                    .ok_or(ProgramError::ArithmeticOverflow)?
                    .checked_div(100u128)
                    .ok_or(ProgramError::ArithmeticOverflow)?,
            )
            .map_err(|_| ProgramError::ArithmeticOverflow)?,
        )
        .ok_or(ProgramError::ArithmeticOverflow)?;
    Ok(())
}
