use anchor_lang::prelude::*;

#[account(zero_copy)]
pub struct Board {
    pub authority: Pubkey,
    pub writes: u64,
    pub cells: [u64; 1310714],
}
