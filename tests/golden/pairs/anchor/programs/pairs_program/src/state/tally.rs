use anchor_lang::prelude::*;

#[account]
#[derive(InitSpace)]
pub struct Tally {
    pub owner: Pubkey,
    pub count: u64,
    pub bump: u8,
}
