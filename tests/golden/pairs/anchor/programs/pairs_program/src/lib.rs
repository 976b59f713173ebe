pub mod instructions;
pub mod state;

use anchor_lang::prelude::*;

pub use instructions::*;
pub use state::*;

declare_id!("6fXNJuiR6cV4JPubpMrauMyMzFrBAC91PDVRwv6M6QMS");

#[program]
pub mod pairs_program {
    use super::*;

    pub fn open(ctx: Context<Open>) -> Result<()> {
        instructions::open::handler(ctx)
    }

    pub fn shift(ctx: Context<Shift>, amount: u64) -> Result<()> {
        instructions::shift::handler(ctx, amount)
    }

    pub fn collect(ctx: Context<Collect>, amount: u64) -> Result<()> {
        instructions::collect::handler(ctx, amount)
    }

    pub fn settle(ctx: Context<Settle>, amount: u64) -> Result<()> {
        instructions::settle::handler(ctx, amount)
    }

    pub fn mirror(ctx: Context<Mirror>) -> Result<()> {
        instructions::mirror::handler(ctx)
    }

    pub fn pay(ctx: Context<Pay>, amount: u64) -> Result<()> {
        instructions::pay::handler(ctx, amount)
    }
}
