use anchor_lang::prelude::*;

#[account]
#[derive(InitSpace)]
pub struct TokenAuthority {
    pub admin: Pubkey,
    pub bump: u8,
}
