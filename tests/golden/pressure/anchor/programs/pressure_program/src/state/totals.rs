use anchor_lang::prelude::*;

#[account]
#[derive(InitSpace)]
pub struct Totals {
    pub owner: Pubkey,
    pub count: u64,
    pub sum: u128,
}
