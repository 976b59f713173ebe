pub mod error;
pub mod instructions;
pub mod state;

use anchor_lang::prelude::*;

pub use instructions::*;
pub use state::*;

declare_id!("G44avNEkqZtmzFFLjtQQ2mpLTvLEitYEti13AtLN9zZS");

#[program]
pub mod legacy_program {
    use super::*;

    pub fn open(
        ctx: Context<Open>,
        label: String,
        tags: Vec<String>,
        profile: Profile,
        limit: u16,
    ) -> Result<()> {
        instructions::open::handler(ctx, label, tags, profile, limit)
    }

    pub fn deposit(ctx: Context<Deposit>, amount: u64) -> Result<()> {
        instructions::deposit::handler(ctx, amount)
    }

    pub fn withdraw(ctx: Context<Withdraw>, amount: u64) -> Result<()> {
        instructions::withdraw::handler(ctx, amount)
    }

    pub fn compute(ctx: Context<Compute>, a: u64, b: u64, delta: i64) -> Result<()> {
        instructions::compute::handler(ctx, a, b, delta)
    }

    pub fn check(ctx: Context<Check>, height: u16) -> Result<()> {
        instructions::check::handler(ctx, height)
    }

    pub fn greet(ctx: Context<Greet>, name: String, city: String) -> Result<()> {
        instructions::greet::handler(ctx, name, city)
    }

    pub fn setup_tokens(ctx: Context<SetupTokens>) -> Result<()> {
        instructions::setup_tokens::handler(ctx)
    }
}
