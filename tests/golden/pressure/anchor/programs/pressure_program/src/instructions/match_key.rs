use anchor_lang::prelude::*;

use crate::helpers;
use crate::state::*;

/// Accounts of `match_key`, in order:
///
/// 0. [signer] owner
/// 1. [writable] totals
#[derive(Accounts)]
pub struct MatchKey<'info> {
    pub owner: Signer<'info>,
    #[account(mut)]
    pub totals: Account<'info, Totals>,
}

pub fn handler(ctx: Context<MatchKey>, x: u64, a: u64, b: u64) -> Result<()> {
    let owner = &ctx.accounts.owner;
    let totals = &mut ctx.accounts.totals;
    if totals.owner
        == helpers::key_unless_zero(
            owner.key(),
            u64::try_from(
                u128::from(a)
                    .checked_mul(u128::from(b))
                    .ok_or(ProgramError::ArithmeticOverflow)?
                    .checked_div(u128::from(
                        x.checked_add(
                            u64::try_from(
                                u128::from(a)
                                    .checked_mul(u128::from(b))
                                    .ok_or(ProgramError::ArithmeticOverflow)?
                                    .checked_div(u128::from(x))
                                    .ok_or(ProgramError::ArithmeticOverflow)?,
                            )
                            .map_err(|_| ProgramError::ArithmeticOverflow)?,
                        )
                            .ok_or(ProgramError::ArithmeticOverflow)?,
                    ))
                    .ok_or(ProgramError::ArithmeticOverflow)?,
            )
            .map_err(|_| ProgramError::ArithmeticOverflow)?,
        )?
    {
        totals.count = x;
    } else {
        totals.count = 0;
    }
    Ok(())
}
