use anchor_lang::prelude::*;

use crate::state::*;

/// Accounts of `set_favorites`, in order:
///
/// 0. [writable, signer] owner
/// 1. [writable] favorites
/// 2. [] system_program
#[derive(Accounts)]
pub struct SetFavorites<'info> {
    #[account(mut)]
    pub owner: Signer<'info>,
    #[account(
        init_if_needed,
        payer = owner,
        space = 8 + Favorites::INIT_SPACE,
        seeds = [b"favorites", owner.key().as_ref()],
        bump,
    )]
    pub favorites: Account<'info, Favorites>,
    pub system_program: Program<'info, System>,
}

pub fn handler(
    ctx: Context<SetFavorites>,
    number: u64,
    color: String,
    hobbies: Vec<String>,
) -> Result<()> {
    let owner = &ctx.accounts.owner;
    let favorites = &mut ctx.accounts.favorites;
    favorites.owner = owner.key();
    favorites.number = number;
    favorites.color = color;
    favorites.hobbies = hobbies;
    Ok(())
}
