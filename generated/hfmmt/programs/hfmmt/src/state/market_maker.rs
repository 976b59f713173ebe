use anchor_lang::prelude::*;

#[account]
#[derive(InitSpace)]
pub struct MarketMaker {
    pub owner: Pubkey,
    /// Priority tier 0-3, at account data offset 40 (after the discriminator and owner), for exchanges to read.
    pub priority_tier: u8,
    /// When the tier was last recomputed (unix seconds), at account data offset 41.
    pub tier_updated_at: i64,
    /// Warmed-up stake.
    pub staked: u64,
    /// The part of `staked` counted in Config.totalEffective (0 below min_stake).
    pub effective_stake: u64,
    pub warming_amount: u64,
    pub warming_until: i64,
    pub pending_unstake: u64,
    pub unstake_unlock_at: i64,
    pub reward_debt: u128,
    pub accrued_rewards: u64,
    pub accrued_rebates: u64,
    pub auto_compound: bool,
    pub epoch_volume: u64,
    /// The last reported spread efficiency (bps).
    pub epoch_spread_efficiency: u64,
    pub epoch_order_flow: u64,
    pub epoch_score: u64,
    pub score_epoch: u64,
    pub unclaimed_score: u64,
    pub unclaimed_epoch: u64,
    pub last_active: i64,
    pub total_slashed: u64,
    pub bump: u8,
}
