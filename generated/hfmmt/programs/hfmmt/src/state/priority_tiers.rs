use anchor_lang::prelude::*;

#[derive(AnchorSerialize, AnchorDeserialize, Clone, InitSpace)]
pub struct PriorityTiers {
    pub tier1: u64,
    pub tier2: u64,
    pub tier3: u64,
}
