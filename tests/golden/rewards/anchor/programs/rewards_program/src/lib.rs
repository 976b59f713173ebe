pub mod error;
pub mod events;
pub mod helpers;
pub mod instructions;
pub mod state;

use anchor_lang::prelude::*;

pub use instructions::*;
pub use state::*;

declare_id!("F63SkxhoV4qKge6b2QDuLuVXZQw6dBb2tyK2EtVevKsF");

#[program]
pub mod rewards_program {
    use super::*;

    pub fn initialize(ctx: Context<Initialize>, rate: u64) -> Result<()> {
        instructions::initialize::handler(ctx, rate)
    }

    pub fn stake(ctx: Context<Stake>, amount: u64) -> Result<()> {
        instructions::stake::handler(ctx, amount)
    }

    pub fn unstake(ctx: Context<Unstake>, amount: u64) -> Result<()> {
        instructions::unstake::handler(ctx, amount)
    }

    pub fn claim(ctx: Context<Claim>) -> Result<()> {
        instructions::claim::handler(ctx)
    }

    pub fn preview(ctx: Context<Preview>) -> Result<()> {
        instructions::preview::handler(ctx)
    }
}
