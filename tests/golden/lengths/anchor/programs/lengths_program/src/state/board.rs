use anchor_lang::prelude::*;

#[account]
#[derive(InitSpace)]
pub struct Board {
    pub owner: Pubkey,
    #[max_len(8)]
    pub title: String,
    #[max_len(4)]
    pub scores: Vec<u64>,
    pub bump: u8,
}
