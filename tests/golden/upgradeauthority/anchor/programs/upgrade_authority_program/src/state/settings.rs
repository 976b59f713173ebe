use anchor_lang::prelude::*;

#[account]
#[derive(InitSpace)]
pub struct Settings {
    pub fee: u64,
    pub deployed_slot: u64,
    pub bump: u8,
}
