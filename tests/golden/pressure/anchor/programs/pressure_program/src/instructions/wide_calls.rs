use anchor_lang::prelude::*;

use crate::helpers;
use crate::state::*;

/// Accounts of `wide_calls`, in order:
///
/// 0. [writable] totals
#[derive(Accounts)]
pub struct WideCalls<'info> {
    #[account(mut)]
    pub totals: Account<'info, Totals>,
}

pub fn handler(ctx: Context<WideCalls>, x: u128, a: u64, b: u64) -> Result<()> {
    let totals = &mut ctx.accounts.totals;
    totals.sum = x
        .checked_add(
            helpers::grow(
                x.checked_mul(u128::from(
                    u64::try_from(
                        u128::from(a)
                            .checked_mul(u128::from(b))
                            .ok_or(ProgramError::ArithmeticOverflow)?
                            .checked_div(7u128)
                            .ok_or(ProgramError::ArithmeticOverflow)?,
                    )
                    .map_err(|_| ProgramError::ArithmeticOverflow)?,
                ))
                    .ok_or(ProgramError::ArithmeticOverflow)?,
                u64::try_from(
                    u128::from(a)
                        .checked_mul(u128::from(b))
                        .ok_or(ProgramError::ArithmeticOverflow)?
                        .checked_div(u128::from(
                            a.checked_add(b).ok_or(ProgramError::ArithmeticOverflow)?,
                        ))
                        .ok_or(ProgramError::ArithmeticOverflow)?,
                )
                .map_err(|_| ProgramError::ArithmeticOverflow)?,
            )?,
        )
        .ok_or(ProgramError::ArithmeticOverflow)?
        .checked_sub(5)
        .ok_or(ProgramError::ArithmeticOverflow)?;
    totals.count = u64::try_from(helpers::grow(x, a)?)
        .map_err(|_| error!(ErrorCode::InvalidNumericConversion))?
        .checked_add(
            u64::try_from(
                u128::from(a)
                    .checked_mul(u128::from(b))
                    .ok_or(ProgramError::ArithmeticOverflow)?
                    .checked_div(u128::from(
                        u64::try_from(
                            u128::from(a)
                                .checked_mul(u128::from(a))
                                .ok_or(ProgramError::ArithmeticOverflow)?
                                .checked_div(3u128)
                                .ok_or(ProgramError::ArithmeticOverflow)?,
                        )
                        .map_err(|_| ProgramError::ArithmeticOverflow)?,
                    ))
                    .ok_or(ProgramError::ArithmeticOverflow)?,
            )
            .map_err(|_| ProgramError::ArithmeticOverflow)?,
        )
        .ok_or(ProgramError::ArithmeticOverflow)?;
    Ok(())
}
