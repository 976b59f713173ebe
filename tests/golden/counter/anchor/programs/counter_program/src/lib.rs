pub mod instructions;
pub mod state;

use anchor_lang::prelude::*;

pub use instructions::*;
pub use state::*;

declare_id!("EhxPGtzWeQw3Pe6fLj3jErcy93mPC9qJoamVuDv5s9fL");

#[program]
pub mod counter_program {
    use super::*;

    pub fn initialize(ctx: Context<Initialize>) -> Result<()> {
        instructions::initialize::handler(ctx)
    }

    pub fn increment(ctx: Context<Increment>) -> Result<()> {
        instructions::increment::handler(ctx)
    }

    pub fn decrement(ctx: Context<Decrement>) -> Result<()> {
        instructions::decrement::handler(ctx)
    }

    pub fn increment_by(ctx: Context<IncrementBy>, amount: u64) -> Result<()> {
        instructions::increment_by::handler(ctx, amount)
    }
}
