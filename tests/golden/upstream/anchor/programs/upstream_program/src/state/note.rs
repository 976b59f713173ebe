use anchor_lang::prelude::*;

#[account]
#[derive(InitSpace)]
pub struct Note {
    pub owner: Pubkey,
    pub text: u64,
}
