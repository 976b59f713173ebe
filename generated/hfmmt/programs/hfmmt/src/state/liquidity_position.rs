use anchor_lang::prelude::*;

#[account]
#[derive(InitSpace)]
pub struct LiquidityPosition {
    pub owner: Pubkey,
    pub amount: u64,
    pub commitment_start: i64,
    pub accrued_rewards: u64,
    pub last_accrual: i64,
    pub bump: u8,
}
