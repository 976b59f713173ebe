use anchor_lang::prelude::*;

#[account]
#[derive(InitSpace)]
pub struct MinterConfig {
    pub admin: Pubkey,
    pub bump: u8,
}
