use anchor_lang::prelude::*;

use crate::state::*;

#[event]
pub struct Initialized {
    pub admin: Pubkey,
    pub performance_authority: Pubkey,
    pub hfmmt_mint: Pubkey,
    pub liquidity_mint: Pubkey,
    pub epoch_start: i64,
}

#[event]
pub struct Staked {
    pub owner: Pubkey,
    pub amount: u64,
    pub effective_at: i64,
    pub staked: u64,
    pub warming: u64,
}

#[event]
pub struct UnstakeRequested {
    pub owner: Pubkey,
    pub amount: u64,
    pub pending: u64,
    pub unlock_at: i64,
}

#[event]
pub struct Unstaked {
    pub owner: Pubkey,
    pub amount: u64,
}

#[event]
pub struct PerformanceUpdated {
    pub owner: Pubkey,
    pub epoch: u64,
    pub score: u64,
    pub epoch_score: u64,
    pub rebate: u64,
}

#[event]
pub struct ScoreExpired {
    pub owner: Pubkey,
    pub score: u64,
    pub epoch: u64,
}

#[event]
pub struct VolatilityUpdated {
    pub volatility_bps: u64,
    pub multiplier_bps: u64,
}

#[event]
pub struct RewardsDistributed {
    pub owner: Pubkey,
    pub staking_rewards: u64,
    pub market_making_rewards: u64,
    pub rebates: u64,
    pub compounded: bool,
}

#[event]
pub struct AutoCompoundSet {
    pub owner: Pubkey,
    pub enabled: bool,
}

#[event]
pub struct LiquidityProvided {
    pub owner: Pubkey,
    pub amount: u64,
    pub total_amount: u64,
    pub commitment_start: i64,
}

#[event]
pub struct LiquidityWithdrawn {
    pub owner: Pubkey,
    pub amount: u64,
    pub rewards: u64,
    pub remaining: u64,
}

#[event]
pub struct Slashed {
    pub owner: Pubkey,
    pub amount: u64,
    pub remaining_stake: u64,
}

#[event]
pub struct ConfigUpdated {
    pub params: ConfigParams,
    pub paused: bool,
}

#[event]
pub struct RewardsFunded {
    pub funder: Pubkey,
    pub amount: u64,
    pub budget: u64,
}
