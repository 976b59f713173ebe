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
    let now: i64 = Clock::get()?.unix_timestamp;
    helpers::checkpoint(config, now)?;
    helpers::require_valid_params(config_params.clone())?;
    require!(
        config.total_liquidity == 0
            || (config_params.lp_max_duration_multiplier_bps
                == config.params.lp_max_duration_multiplier_bps
                && config_params.lp_ramp_seconds == config.params.lp_ramp_seconds),
        HfmmtError::InvalidParameter
    );
    config.params = config_params.clone();
    if now
        .checked_sub(config.epoch_start)
        .ok_or(ProgramError::ArithmeticOverflow)?
        >= config_params.epoch_seconds
    {
        config.epoch_start = now
            .checked_sub(config_params.epoch_seconds)
            .ok_or(ProgramError::ArithmeticOverflow)?;
    }
    config.inactivity_from = now;
    helpers::reprice_volatility(config)?;
    helpers::reprice_liquidity(config)?;
    emit!(ConfigUpdated {
        params: config.params.clone(),
        paused: config.paused
    });
    Ok(())
}
