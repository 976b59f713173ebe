pub mod hfmmt;
pub mod instructions;
pub mod state;

use anchor_lang::prelude::*;

pub use instructions::*;
pub use state::*;

declare_id!("76n8XNuZDD1PQ9ptD5BbPbt5imSvdTSNyMkwxm1dFyBA");

#[program]
pub mod exchange_program {
    use super::*;

    pub fn open_book(ctx: Context<OpenBook>, min_tier: u8) -> Result<()> {
        instructions::open_book::handler(ctx, min_tier)
    }

    pub fn place_quote(ctx: Context<PlaceQuote>, price: u64, size: u64) -> Result<()> {
        instructions::place_quote::handler(ctx, price, size)
    }
}
