pub mod instructions;
pub mod state;

use anchor_lang::prelude::*;

pub use instructions::*;
pub use state::*;

declare_id!("Ejtq8MfLG69d8RbPX5e38vkFjuMDPZdB5hSSQBke6PJJ");

#[program]
pub mod vote_program {
    use super::*;

    pub fn initialize(ctx: Context<Initialize>) -> Result<()> {
        instructions::initialize::handler(ctx)
    }

    pub fn upvote(ctx: Context<Upvote>) -> Result<()> {
        instructions::upvote::handler(ctx)
    }

    pub fn downvote(ctx: Context<Downvote>) -> Result<()> {
        instructions::downvote::handler(ctx)
    }

    pub fn reset(ctx: Context<Reset>) -> Result<()> {
        instructions::reset::handler(ctx)
    }
}
