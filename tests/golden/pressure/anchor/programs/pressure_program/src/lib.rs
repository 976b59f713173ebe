pub mod helpers;
pub mod instructions;
pub mod state;

use anchor_lang::prelude::*;

pub use instructions::*;
pub use state::*;

declare_id!("7hDow1yKej3w3pWcsDS27GMEaKddZkftCdnEE7t4dAcf");

#[program]
pub mod pressure_program {
    use super::*;

    pub fn percent_of(ctx: Context<PercentOf>, x: u64, a: u64, b: u64) -> Result<()> {
        instructions::percent_of::handler(ctx, x, a, b)
    }

    pub fn nested_call(ctx: Context<NestedCall>, x: u64, a: u64, b: u64) -> Result<()> {
        instructions::nested_call::handler(ctx, x, a, b)
    }

    pub fn match_key(ctx: Context<MatchKey>, x: u64, a: u64, b: u64) -> Result<()> {
        instructions::match_key::handler(ctx, x, a, b)
    }

    pub fn wide_calls(ctx: Context<WideCalls>, x: u128, a: u64, b: u64) -> Result<()> {
        instructions::wide_calls::handler(ctx, x, a, b)
    }
}
