use anchor_lang::prelude::*;

#[account(zero_copy)]
pub struct Ledger {
    pub entries: [u64; 10000],
    pub owner: Pubkey,
    pub stamps: u64,
}
