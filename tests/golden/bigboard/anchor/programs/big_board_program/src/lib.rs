pub mod instructions;
pub mod state;

use anchor_lang::prelude::*;

pub use instructions::*;
pub use state::*;

declare_id!("2gkBL67XuURKS4A8tW9RdSD1MXFaUYSw98bejJdqWFMb");

#[program]
pub mod big_board_program {
    use super::*;

    pub fn open(ctx: Context<Open>) -> Result<()> {
        instructions::open::handler(ctx)
    }

    pub fn write(ctx: Context<Write>, index: u64, value: u64) -> Result<()> {
        instructions::write::handler(ctx, index, value)
    }

    pub fn read(ctx: Context<Read>, index: u64) -> Result<()> {
        instructions::read::handler(ctx, index)
    }

    pub fn copy_cell(ctx: Context<CopyCell>, from: u64, to: u64) -> Result<()> {
        instructions::copy_cell::handler(ctx, from, to)
    }

    pub fn create_tally(ctx: Context<CreateTally>) -> Result<()> {
        instructions::create_tally::handler(ctx)
    }

    pub fn add(ctx: Context<Add>, slot: u8, amount: u128) -> Result<()> {
        instructions::add::handler(ctx, slot, amount)
    }
}
