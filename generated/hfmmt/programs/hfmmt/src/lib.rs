pub mod error;
pub mod events;
pub mod helpers;
pub mod instructions;
pub mod state;

use anchor_lang::prelude::*;

pub use instructions::*;
pub use state::*;

declare_id!("9ZRHZRqEVociMgNbYtEgFjY88fPt24tMctYxSknzXM9a");

#[program]
pub mod hfmmt {
    use super::*;

    pub fn initialize(ctx: Context<Initialize>, config_params: ConfigParams) -> Result<()> {
        instructions::initialize::handler(ctx, config_params)
    }

    pub fn stake_tokens(ctx: Context<StakeTokens>, amount: u64) -> Result<()> {
        instructions::stake_tokens::handler(ctx, amount)
    }

    pub fn update_performance(
        ctx: Context<UpdatePerformance>,
        execution_volume: u64,
        spread_efficiency: u64,
        order_flow: u64,
    ) -> Result<()> {
        instructions::update_performance::handler(
            ctx,
            execution_volume,
            spread_efficiency,
            order_flow,
        )
    }

    pub fn distribute_rewards(ctx: Context<DistributeRewards>) -> Result<()> {
        instructions::distribute_rewards::handler(ctx)
    }

    pub fn provide_liquidity(ctx: Context<ProvideLiquidity>, amount: u64) -> Result<()> {
        instructions::provide_liquidity::handler(ctx, amount)
    }

    pub fn withdraw_liquidity(ctx: Context<WithdrawLiquidity>, amount: u64) -> Result<()> {
        instructions::withdraw_liquidity::handler(ctx, amount)
    }

    pub fn request_unstake(ctx: Context<RequestUnstake>, amount: u64) -> Result<()> {
        instructions::request_unstake::handler(ctx, amount)
    }

    pub fn withdraw_unstaked(ctx: Context<WithdrawUnstaked>) -> Result<()> {
        instructions::withdraw_unstaked::handler(ctx)
    }

    pub fn set_auto_compound(ctx: Context<SetAutoCompound>, enabled: bool) -> Result<()> {
        instructions::set_auto_compound::handler(ctx, enabled)
    }

    pub fn update_volatility(ctx: Context<UpdateVolatility>, volatility_bps: u64) -> Result<()> {
        instructions::update_volatility::handler(ctx, volatility_bps)
    }

    pub fn fund_rewards(ctx: Context<FundRewards>, amount: u64) -> Result<()> {
        instructions::fund_rewards::handler(ctx, amount)
    }

    pub fn slash_inactive(ctx: Context<SlashInactive>) -> Result<()> {
        instructions::slash_inactive::handler(ctx)
    }

    pub fn update_config(ctx: Context<UpdateConfig>, config_params: ConfigParams) -> Result<()> {
        instructions::update_config::handler(ctx, config_params)
    }

    pub fn set_paused(ctx: Context<SetPaused>, paused: bool) -> Result<()> {
        instructions::set_paused::handler(ctx, paused)
    }

    pub fn check_priority(ctx: Context<CheckPriority>, min_tier: u8) -> Result<()> {
        instructions::check_priority::handler(ctx, min_tier)
    }
}
