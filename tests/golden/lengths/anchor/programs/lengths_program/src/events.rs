use anchor_lang::prelude::*;

#[event]
pub struct Renamed {
    pub board: Pubkey,
    pub title: String,
}
