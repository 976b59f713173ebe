pub mod error;
pub mod events;
pub mod instructions;
pub mod state;

use anchor_lang::prelude::*;

pub use instructions::*;
pub use state::*;

declare_id!("7HdJRnq5A7Ejbd1UZwvkYLAkVpbg1ujvpsV8j6j5sdcQ");

#[program]
pub mod ledger_program {
    use super::*;

    pub fn open(ctx: Context<Open>, limits: Limits) -> Result<()> {
        instructions::open::handler(ctx, limits)
    }

    pub fn record(ctx: Context<Record>, amount: u64, credit: bool, memo: String) -> Result<()> {
        instructions::record::handler(ctx, amount, credit, memo)
    }

    pub fn shrink(ctx: Context<Shrink>, factor: u8) -> Result<()> {
        instructions::shrink::handler(ctx, factor)
    }
}
