use anchor_lang::prelude::*;

use crate::state::*;

/// Accounts of `initialize`, in order:
///
/// 0. [writable, signer] admin
/// 1. [writable, signer] pool
/// 2. [] system_program
#[derive(Accounts)]
pub struct Initialize<'info> {
    #[account(mut)]
    pub admin: Signer<'info>,
    #[account(init, payer = admin, space = 8 + Pool::INIT_SPACE)]
    pub pool: Account<'info, Pool>,
    pub system_program: Program<'info, System>,
}

pub fn handler(ctx: Context<Initialize>, rate: u64) -> Result<()> {
    let admin = &ctx.accounts.admin;
    let pool = &mut ctx.accounts.pool;
    pool.admin = admin.key();
    pool.reward_rate = rate;
    pool.last_update = Clock::get()?.unix_timestamp;
    Ok(())
}
