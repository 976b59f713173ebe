use anchor_lang::prelude::*;

use crate::error::*;
use crate::state::*;

/// Accounts of `check`, in order:
///
/// 0. [signer] viewer
/// 1. [] tally
#[derive(Accounts)]
pub struct Check<'info> {
    pub viewer: Signer<'info>,
    pub tally: Account<'info, Tally>,
}

pub fn handler(ctx: Context<Check>, height: u16) -> Result<()> {
    let viewer = &ctx.accounts.viewer;
    let tally = &ctx.accounts.tally;
    require!(height > 5, LegacyProgramError::TooShort);
    require!(height <= tally.limit, LegacyProgramError::OverLimit);
    require!(tally.owner == viewer.key(), LegacyProgramError::NotOwner);
    if height > 100 && 1000 >= height {
        msg!("tall");
    } else if height == tally.limit || height == 42 {
        msg!("at the limit, or 42");
    } else if tally.owner != viewer.key() || 7 > height {
        msg!("below 7, or not the owner");
    } else {
        msg!("regular: {}", height);
    }
    Ok(())
}
