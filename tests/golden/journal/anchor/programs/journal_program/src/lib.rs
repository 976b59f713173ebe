pub mod instructions;
pub mod state;

use anchor_lang::prelude::*;

pub use instructions::*;
pub use state::*;

declare_id!("CFQQ2kS3oVHBZtLpvnxxoqmfjqjBH9Lhnc2XUdzpAugW");

#[program]
pub mod journal_program {
    use super::*;

    pub fn create_entry(
        ctx: Context<CreateEntry>,
        id: u64,
        title: String,
        message: String,
    ) -> Result<()> {
        instructions::create_entry::handler(ctx, id, title, message)
    }

    pub fn update_entry(ctx: Context<UpdateEntry>, message: String) -> Result<()> {
        instructions::update_entry::handler(ctx, message)
    }

    pub fn delete_entry(ctx: Context<DeleteEntry>) -> Result<()> {
        instructions::delete_entry::handler(ctx)
    }
}
