use anchor_lang::prelude::*;

#[event]
pub struct Claimed {
    pub owner: Pubkey,
    pub amount: u64,
}
