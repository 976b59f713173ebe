use anchor_lang::prelude::*;

#[account]
#[derive(InitSpace)]
pub struct Label {
    #[max_len(16)]
    pub name: String,
    pub bump: u8,
}
