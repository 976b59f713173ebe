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
    /// Inactivity counts from here at the earliest: the last pause, unpause or update_config.
    pub inactivity_from: i64,
    /// Σ staked + Σ warming (pending unstake excluded).
    pub total_staked: u64,
    /// Σ effective stake: what the staking accumulator divides by.
    pub total_effective: u64,
    pub total_liquidity: u64,
    /// Staking reward per effective-stake unit, scaled 10^12.
    pub acc_reward_per_share: u128,
    /// Liquidity reward reserved per liquidity unit (at the top duration multiplier), scaled 10^12.
    pub lp_acc_per_unit: u128,
    /// The liquidity stream's reservation per second at the top multiplier, in 10^-6 base units, rounded up.
    pub lp_reserve_rate: u128,
    /// Liquidity reward per unit per second at the top multiplier, scaled 10^12.
    pub lp_unit_rate: u64,
    pub last_update: i64,
    /// Unpromised HFMMT in the reward vault: the most any accrual may take.
    pub reward_budget: u64,
    pub volatility_bps: u64,
    pub volatility_multiplier_bps: u64,
    pub epoch_index: u64,
    pub epoch_start: i64,
    pub epoch_score: u64,
    /// Rebates paid in the running epoch.
    pub epoch_rebates: u64,
    pub prev_epoch_score: u64,
    /// Market-making rewards reserved for the previous epoch, and how much of them was paid.
    pub prev_epoch_pool: u64,
    pub prev_epoch_paid: u64,
    pub bump: u8,
}
