use anchor_lang::prelude::*;

#[account]
#[derive(InitSpace)]
pub struct VoteBoard {
    pub admin: Pubkey,
    pub score: i64,
    pub votes: u32,
    pub bump: u8,
}
