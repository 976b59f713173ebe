use anchor_lang::prelude::*;

use crate::error::*;
use crate::events::*;
use crate::helpers;
use crate::state::*;

/// Accounts of `update_config`, in order:
///
/// 0. [signer] admin
/// 1. [writable] config
#[derive(Accounts)]
pub struct UpdateConfig<'info> {
    pub admin: Signer<'info>,
    #[account(mut, seeds = [b"config"], bump = config.bump)]
    pub config: Account<'info, Config>,
}

pub fn handler(ctx: Context<UpdateConfig>, config_params: ConfigParams) -> Result<()> {
    let admin = &ctx.accounts.admin;
    let config = &mut ctx.accounts.config;
    require!(admin.key() == config.admin, HfmmtError::Unauthorized);
    helpers::checkpoint(config, Clock::get()?.unix_timestamp)?;
    helpers::require_valid_params(config_params.clone())?;
    config.params = config_params.clone();
    helpers::reprice_volatility(config)?;
    helpers::reprice_liquidity(config)?;
    emit!(ConfigUpdated {
        params: config.params.clone(),
        paused: config.paused
    });
    Ok(())
}
