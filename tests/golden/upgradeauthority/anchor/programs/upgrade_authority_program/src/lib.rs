pub mod error;
pub mod instructions;
pub mod state;

use anchor_lang::prelude::*;

pub use instructions::*;
pub use state::*;

declare_id!("GnstYWe4RekKoqxAhQiBuVXrET3Y7BPnSNheciH4WQAn");

#[program]
pub mod upgrade_authority_program {
    use super::*;

    pub fn configure(ctx: Context<Configure>, fee: u64) -> Result<()> {
        instructions::configure::handler(ctx, fee)
    }
}
