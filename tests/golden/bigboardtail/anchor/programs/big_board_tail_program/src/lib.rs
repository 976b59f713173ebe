pub mod error;
pub mod instructions;
pub mod state;

use anchor_lang::prelude::*;

pub use instructions::*;
pub use state::*;

declare_id!("HSeSVdiGN6FwVjRBR5xLaUSdQ1LHWHf5EzAPQZ8eRc9b");

#[program]
pub mod big_board_tail_program {
    use super::*;

    pub fn open(ctx: Context<Open>) -> Result<()> {
        instructions::open::handler(ctx)
    }

    pub fn stamp(ctx: Context<Stamp>, index: u64, value: u64, limit: u64) -> Result<()> {
        instructions::stamp::handler(ctx, index, value, limit)
    }
}
