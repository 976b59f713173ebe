use anchor_lang::prelude::*;

#[derive(AnchorSerialize, AnchorDeserialize, Clone, InitSpace)]
pub struct Profile {
    #[max_len(8)]
    pub nick: String,
    pub age: u8,
}
