use anchor_lang::prelude::*;

#[account]
#[derive(InitSpace)]
pub struct LiquidityPosition {
    pub owner: Pubkey,
    pub amount: u64,
    /// Amount-weighted start of the commitment.
    pub commitment_start: i64,
    /// Config.lpAccPerUnit at the last settlement.
    pub reward_debt: u128,
    pub accrued_rewards: u64,
    pub last_accrual: i64,
    pub bump: u8,
}
