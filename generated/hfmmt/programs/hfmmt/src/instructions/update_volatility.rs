use anchor_lang::prelude::*;

use crate::error::*;
use crate::events::*;
use crate::helpers;
use crate::state::*;

/// Accounts of `update_volatility`, in order:
///
/// 0. [signer] performance_authority
/// 1. [writable] config
#[derive(Accounts)]
pub struct UpdateVolatility<'info> {
    pub performance_authority: Signer<'info>,
    #[account(mut, seeds = [b"config"], bump = config.bump)]
    pub config: Account<'info, Config>,
}

pub fn handler(ctx: Context<UpdateVolatility>, volatility_bps: u64) -> Result<()> {
    let performance_authority = &ctx.accounts.performance_authority;
    let config = &mut ctx.accounts.config;
    require!(
        performance_authority.key() == config.performance_authority,
        HfmmtError::Unauthorized
    );
    helpers::checkpoint(config, Clock::get()?.unix_timestamp)?;
    config.volatility_bps = volatility_bps;
    helpers::reprice_volatility(config)?;
    emit!(VolatilityUpdated {
        volatility_bps,
        multiplier_bps: config.volatility_multiplier_bps
    });
    Ok(())
}
