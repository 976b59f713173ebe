use anchor_lang::prelude::*;

#[account]
#[derive(InitSpace)]
pub struct Data {
    pub data: u64,
}
