use anchor_lang::prelude::*;

use super::*;

#[derive(AnchorSerialize, AnchorDeserialize, Clone, InitSpace)]
pub struct ConfigParams {
    pub reward_rate: u64,
    pub volatility_threshold: u64,
    pub max_volatility_multiplier_bps: u64,
    pub min_stake: u64,
    pub warmup_seconds: i64,
    pub unstake_cooldown_seconds: i64,
    pub epoch_seconds: i64,
    pub mm_epoch_budget: u64,
    pub spread_weight_bps: u64,
    pub flow_weight_bps: u64,
    pub maker_rebate_bps: u64,
    /// Rebates paid in one epoch, at most.
    pub rebate_epoch_budget: u64,
    /// The most execution volume, and order flow, one report may carry.
    pub max_report_volume: u64,
    pub lp_reward_rate: u64,
    pub lp_max_duration_multiplier_bps: u64,
    pub lp_ramp_seconds: i64,
    pub inactivity_seconds: i64,
    pub slash_bps: u64,
    pub priority_tiers: PriorityTiers,
}
