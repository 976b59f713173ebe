pub mod instructions;
pub mod state;

use anchor_lang::prelude::*;

pub use instructions::*;
pub use state::*;

declare_id!("CjeNgtsjk2d4cQE1o5iuKscrwEx5atWxCQTsfWViewtx");

#[program]
pub mod puppet_program {
    use super::*;

    pub fn set_data(ctx: Context<SetData>, data: u64) -> Result<()> {
        instructions::set_data::handler(ctx, data)
    }
}
