pub mod instructions;
pub mod state;

use anchor_lang::prelude::*;

pub use instructions::*;
pub use state::*;

declare_id!("6yCvVh8dSZ97WsmUmituH6NKMcwWEbhs6bbxt41fsvM3");

#[program]
pub mod favorites_program {
    use super::*;

    pub fn set_favorites(
        ctx: Context<SetFavorites>,
        number: u64,
        color: String,
        hobbies: Vec<String>,
    ) -> Result<()> {
        instructions::set_favorites::handler(ctx, number, color, hobbies)
    }

    pub fn set_color(ctx: Context<SetColor>, color: String) -> Result<()> {
        instructions::set_color::handler(ctx, color)
    }
}
