use anchor_lang::prelude::*;

#[account]
#[derive(InitSpace)]
pub struct Pool {
    pub admin: Pubkey,
    pub reward_rate: u64,
    pub total_staked: u64,
    pub acc_per_share: u128,
    pub last_update: i64,
}
