use anchor_lang::prelude::*;

use crate::error::*;
use crate::events::*;
use crate::helpers;
use crate::state::*;

/// Accounts of `set_paused`, in order:
///
/// 0. [signer] admin
/// 1. [writable] config
#[derive(Accounts)]
pub struct SetPaused<'info> {
    pub admin: Signer<'info>,
    #[account(mut, seeds = [b"config"], bump = config.bump)]
    pub config: Account<'info, Config>,
}

pub fn handler(ctx: Context<SetPaused>, paused: bool) -> Result<()> {
    let admin = &ctx.accounts.admin;
    let config = &mut ctx.accounts.config;
    require!(admin.key() == config.admin, HfmmtError::Unauthorized);
    let now: i64 = Clock::get()?.unix_timestamp;
    helpers::checkpoint(config, now)?;
    config.paused = paused;
    config.inactivity_from = now;
    emit!(ConfigUpdated {
        params: config.params.clone(),
        paused
    });
    Ok(())
}
