use anchor_lang::prelude::*;

use super::*;

#[account]
#[derive(InitSpace)]
pub struct Config {
    pub admin: Pubkey,
    pub performance_authority: Pubkey,
    pub hfmmt_mint: Pubkey,
    pub liquidity_mint: Pubkey,
    pub stake_vault: Pubkey,
    pub reward_vault: Pubkey,
    pub liquidity_vault: Pubkey,
    pub params: ConfigParams,
    pub paused: bool,
    pub total_staked: u64,
    pub total_effective: u64,
    pub total_liquidity: u64,
    pub acc_reward_per_share: u128,
    pub last_update: i64,
    pub reward_budget: u64,
    pub volatility_bps: u64,
    pub volatility_multiplier_bps: u64,
    pub epoch_index: u64,
    pub epoch_start: i64,
    pub epoch_score: u64,
    pub prev_epoch_score: u64,
    pub prev_epoch_pool: u64,
    pub prev_epoch_paid: u64,
    pub bump: u8,
}
