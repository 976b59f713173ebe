use anchor_lang::prelude::*;

#[event]
pub struct Opened {
    pub ledger: Pubkey,
    pub owner: Pubkey,
    pub max_entry: u64,
}

#[event]
pub struct Recorded {
    pub ledger: Pubkey,
    pub amount: u64,
    pub fee: u64,
    pub balance: i64,
    pub memo: String,
}
