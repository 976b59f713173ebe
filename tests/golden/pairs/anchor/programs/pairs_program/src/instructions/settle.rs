use anchor_lang::prelude::*;

use crate::state::*;

/// Accounts of `settle`, in order:
///
/// 0. [writable, signer] owner
/// 1. [writable] receipt
/// 2. [writable] from
/// 3. [writable] to
/// 4. [] system_program
#[derive(Accounts)]
pub struct Settle<'info> {
    #[account(mut)]
    pub owner: Signer<'info>,
    #[account(
        init,
        payer = owner,
        space = 8 + Receipt::INIT_SPACE,
        seeds = [b"receipt", owner.key().as_ref()],
        bump,
    )]
    pub receipt: Account<'info, Receipt>,
    #[account(mut, has_one = owner)]
    pub from: Account<'info, Tally>,
    #[account(mut)]
    pub to: Account<'info, Tally>,
    pub system_program: Program<'info, System>,
}

pub fn handler(ctx: Context<Settle>, amount: u64) -> Result<()> {
    let receipt = &mut ctx.accounts.receipt;
    let from = &mut ctx.accounts.from;
    let to = &mut ctx.accounts.to;
    receipt.amount = amount;
    from.count = from
        .count
        .checked_sub(amount)
        .ok_or(ProgramError::ArithmeticOverflow)?;
    to.count = to
        .count
        .checked_add(amount)
        .ok_or(ProgramError::ArithmeticOverflow)?;
    Ok(())
}
