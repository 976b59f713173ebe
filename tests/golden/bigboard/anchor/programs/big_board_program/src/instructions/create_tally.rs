use anchor_lang::prelude::*;

use crate::state::*;

/// Accounts of `create_tally`, in order:
///
/// 0. [writable, signer] payer
/// 1. [writable, signer] tally
/// 2. [] system_program
#[derive(Accounts)]
pub struct CreateTally<'info> {
    #[account(mut)]
    pub payer: Signer<'info>,
    #[account(init, payer = payer, space = 8 + std::mem::size_of::<Tally>())]
    pub tally: AccountLoader<'info, Tally>,
    pub system_program: Program<'info, System>,
}

pub fn handler(ctx: Context<CreateTally>) -> Result<()> {
    let payer = &ctx.accounts.payer;
    let mut tally = ctx.accounts.tally.load_init()?;
    tally.owner = payer.key();
    Ok(())
}
