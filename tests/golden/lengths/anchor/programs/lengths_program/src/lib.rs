pub mod events;
pub mod instructions;
pub mod state;

use anchor_lang::prelude::*;

pub use instructions::*;
pub use state::*;

declare_id!("FweGc5SeUvAqE9gnS5Yy7B4iELKEihpcgmJAuhLgexpw");

#[program]
pub mod lengths_program {
    use super::*;

    pub fn open(ctx: Context<Open>, title: String, scores: Vec<u64>) -> Result<()> {
        instructions::open::handler(ctx, title, scores)
    }

    pub fn rescore(ctx: Context<Rescore>, scores: Vec<u64>) -> Result<()> {
        instructions::rescore::handler(ctx, scores)
    }

    pub fn rename(ctx: Context<Rename>, title: Option<String>) -> Result<()> {
        instructions::rename::handler(ctx, title)
    }

    pub fn tag(ctx: Context<Tag>, name: String) -> Result<()> {
        instructions::tag::handler(ctx, name)
    }

    pub fn retag(ctx: Context<Retag>, name: String) -> Result<()> {
        instructions::retag::handler(ctx, name)
    }
}
