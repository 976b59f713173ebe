use anchor_lang::prelude::*;

use super::*;

#[account]
#[derive(InitSpace)]
pub struct Ledger {
    pub owner: Pubkey,
    pub limits: Limits,
    pub balance: i64,
    pub flagged: u8,
    pub volume: u128,
    pub wide: i128,
    pub fees: u64,
    pub opened_at: i64,
    pub last_slot: u64,
}
