use anchor_lang::prelude::*;

#[account]
#[derive(InitSpace)]
pub struct JournalEntry {
    pub owner: Pubkey,
    pub id: u64,
    #[max_len(32)]
    pub title: String,
    #[max_len(200)]
    pub message: String,
    pub bump: u8,
}
