use anchor_lang::prelude::*;

use crate::error::*;
use crate::events::*;
use crate::state::*;

/// Accounts of `record`, in order:
///
/// 0. [signer] owner
/// 1. [writable] ledger
#[derive(Accounts)]
pub struct Record<'info> {
    pub owner: Signer<'info>,
    #[account(mut, has_one = owner)]
    pub ledger: Account<'info, Ledger>,
}

pub fn handler(ctx: Context<Record>, amount: u64, credit: bool, memo: String) -> Result<()> {
    let owner = &ctx.accounts.owner;
    let ledger = &mut ctx.accounts.ledger;
    require!(amount > 0, LedgerProgramError::ZeroAmount);
    require!(
        amount <= ledger.limits.max_entry,
        LedgerProgramError::TooLarge
    );
    let fee: u64 = u64::try_from(
        u128::from(amount)
            .checked_mul(u128::from(ledger.limits.fee_bps))
            .ok_or(ProgramError::ArithmeticOverflow)?
            .checked_div(10000u128)
            .ok_or(ProgramError::ArithmeticOverflow)?,
    )
    .map_err(|_| ProgramError::ArithmeticOverflow)?;
    let net: u64 = amount
        .checked_sub(fee)
        .ok_or(ProgramError::ArithmeticOverflow)?;
    if !credit {
        require!(
            ledger.balance
                >= i64::try_from(net).map_err(|_| error!(ErrorCode::InvalidNumericConversion))?,
            LedgerProgramError::Overdrawn
        );
        ledger.balance = ledger
            .balance
            .checked_sub(
                i64::try_from(net).map_err(|_| error!(ErrorCode::InvalidNumericConversion))?,
            )
            .ok_or(ProgramError::ArithmeticOverflow)?;
    } else if net > 1000000 || amount == 7 {
        ledger.flagged = ledger
            .flagged
            .checked_add(1)
            .ok_or(ProgramError::ArithmeticOverflow)?;
        ledger.balance = ledger
            .balance
            .checked_add(
                i64::try_from(net).map_err(|_| error!(ErrorCode::InvalidNumericConversion))?,
            )
            .ok_or(ProgramError::ArithmeticOverflow)?;
    } else {
        ledger.balance = ledger
            .balance
            .checked_add(
                i64::try_from(net).map_err(|_| error!(ErrorCode::InvalidNumericConversion))?,
            )
            .ok_or(ProgramError::ArithmeticOverflow)?;
    }
    ledger.volume = ledger
        .volume
        .checked_add(
            u128::from(amount)
                .checked_mul(u128::from(amount))
                .ok_or(ProgramError::ArithmeticOverflow)?,
        )
        .ok_or(ProgramError::ArithmeticOverflow)?;
    ledger.fees = ledger
        .fees
        .checked_add(fee)
        .ok_or(ProgramError::ArithmeticOverflow)?;
    ledger.last_slot = Clock::get()?.slot;
    msg!(
        "recorded {} credit {} memo {} by {} balance {} volume {}",
        amount,
        credit,
        memo,
        owner.key(),
        ledger.balance,
        ledger.volume
    );
    emit!(Recorded {
        ledger: ledger.key(),
        amount,
        fee,
        balance: ledger.balance,
        memo: memo.clone()
    });
    Ok(())
}
