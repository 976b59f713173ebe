use anchor_lang::prelude::*;

#[account]
#[derive(InitSpace)]
pub struct Settings {
    pub limit: u64,
    pub owner: Pubkey,
    pub has_owner: bool,
    #[max_len(8)]
    pub label: String,
    pub steps: u64,
}
