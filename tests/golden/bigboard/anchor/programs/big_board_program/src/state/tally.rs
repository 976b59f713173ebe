use anchor_lang::prelude::*;

#[account(zero_copy)]
pub struct Tally {
    pub totals: [u128; 4],
    pub owner: Pubkey,
    pub updates: u64,
    pub spare: u64,
}
