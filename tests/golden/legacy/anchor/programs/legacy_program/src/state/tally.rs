use anchor_lang::prelude::*;

use super::*;

#[account]
#[derive(InitSpace)]
pub struct Tally {
    pub owner: Pubkey,
    pub total: u64,
    pub deposits: u16,
    pub limit: u16,
    pub result: u64,
    pub balance: i64,
    pub bump: u8,
    #[max_len(12)]
    pub label: String,
    #[max_len(3, 4)]
    pub tags: Vec<String>,
    pub profile: Profile,
}
