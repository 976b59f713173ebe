use anchor_lang::prelude::*;

#[account]
#[derive(InitSpace)]
pub struct Book {
    pub operator: Pubkey,
    /// The least HFMMT priority tier a maker needs to quote in this book.
    pub min_tier: u8,
    pub quotes: u64,
    pub last_price: u64,
    pub last_size: u64,
    pub bump: u8,
}
