use anchor_lang::prelude::*;

#[derive(AnchorSerialize, AnchorDeserialize, Clone, InitSpace)]
pub struct Limits {
    pub max_entry: u64,
    pub fee_bps: u64,
}
