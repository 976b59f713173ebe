use anchor_lang::prelude::*;

use crate::state::*;

/// Accounts of `open`, in order:
///
/// 0. [writable, signer] owner
/// 1. [writable] tally
/// 2. [] system_program
#[derive(Accounts)]
pub struct Open<'info> {
    #[account(mut)]
    pub owner: Signer<'info>,
    #[account(
        init,
        payer = owner,
        space = 8 + Tally::INIT_SPACE,
        seeds = [b"tally", owner.key().as_ref()],
        bump,
    )]
    pub tally: Account<'info, Tally>,
    pub system_program: Program<'info, System>,
}

pub fn handler(
    ctx: Context<Open>,
    label: String,
    tags: Vec<String>,
    profile: Profile,
    limit: u16,
) -> Result<()> {
    let owner = &ctx.accounts.owner;
    let tally = &mut ctx.accounts.tally;
    tally.owner = owner.key();
    tally.total = 0;
    tally.limit = limit;
    tally.balance = -5;
    tally.bump = ctx.bumps.tally;
    tally.label = label.clone();
    tally.tags = tags;
    tally.profile = profile;
    msg!(
        "Tally {} of {} in {}, limit {}",
        label,
        owner.key(),
        pubkey!("G44avNEkqZtmzFFLjtQQ2mpLTvLEitYEti13AtLN9zZS"),
        limit
    );
    Ok(())
}
