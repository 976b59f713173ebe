use anchor_lang::prelude::*;

use crate::state::*;

/// Accounts of `set_color`, in order:
///
/// 0. [signer] owner
/// 1. [writable] favorites
#[derive(Accounts)]
pub struct SetColor<'info> {
    pub owner: Signer<'info>,
    #[account(mut, seeds = [b"favorites", owner.key().as_ref()], bump, has_one = owner)]
    pub favorites: Account<'info, Favorites>,
}

pub fn handler(ctx: Context<SetColor>, color: String) -> Result<()> {
    let favorites = &mut ctx.accounts.favorites;
    favorites.color = color;
    Ok(())
}
