use anchor_lang::prelude::*;

use crate::error::*;
use crate::events::*;
use crate::state::*;

/// Accounts of `open`, in order:
///
/// 0. [writable, signer] owner
/// 1. [writable, signer] ledger
/// 2. [] system_program
#[derive(Accounts)]
pub struct Open<'info> {
    #[account(mut)]
    pub owner: Signer<'info>,
    #[account(init, payer = owner, space = 8 + Ledger::INIT_SPACE)]
    pub ledger: Account<'info, Ledger>,
    pub system_program: Program<'info, System>,
}

pub fn handler(ctx: Context<Open>, limits: Limits) -> Result<()> {
    let owner = &ctx.accounts.owner;
    let ledger = &mut ctx.accounts.ledger;
    ledger.limits = limits;
    require!(
        ledger.limits.max_entry > 0 && ledger.limits.fee_bps <= 10000,
        LedgerProgramError::InvalidLimits
    );
    ledger.owner = owner.key();
    ledger.opened_at = Clock::get()?.unix_timestamp;
    emit!(Opened {
        ledger: ledger.key(),
        owner: owner.key(),
        max_entry: ledger.limits.max_entry
    });
    Ok(())
}
