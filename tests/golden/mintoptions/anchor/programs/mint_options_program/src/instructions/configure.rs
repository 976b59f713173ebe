use anchor_lang::prelude::*;

use crate::state::*;

/// Accounts of `configure`, in order:
///
/// 0. [writable, signer] admin
/// 1. [writable] settings
/// 2. [] system_program
#[derive(Accounts)]
pub struct Configure<'info> {
    #[account(mut)]
    pub admin: Signer<'info>,
    #[account(
        init_if_needed,
        payer = admin,
        space = 8 + Settings::INIT_SPACE,
        seeds = [b"settings", admin.key().as_ref()],
        bump,
    )]
    pub settings: Account<'info, Settings>,
    pub system_program: Program<'info, System>,
}

pub fn handler(
    ctx: Context<Configure>,
    limit: Option<u64>,
    owner: Option<Pubkey>,
    label: Option<String>,
    step: Option<u8>,
) -> Result<()> {
    let settings = &mut ctx.accounts.settings;
    if let Some(limit) = limit {
        settings.limit = limit;
    } else {
        settings.limit = 0;
    }
    if let Some(owner) = owner {
        settings.owner = owner;
        settings.has_owner = true;
    } else {
        settings.has_owner = false;
    }
    if let Some(label) = label.clone() {
        settings.label = label.clone();
    }
    if let Some(step) = step {
        settings.steps = settings
            .steps
            .checked_add(u64::from(step))
            .ok_or(ProgramError::ArithmeticOverflow)?;
    } else {
        settings.steps = settings
            .steps
            .checked_add(1)
            .ok_or(ProgramError::ArithmeticOverflow)?;
    }
    Ok(())
}
