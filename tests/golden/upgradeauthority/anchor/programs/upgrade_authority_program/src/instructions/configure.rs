use anchor_lang::prelude::*;

use crate::error::*;
use crate::state::*;

/// Accounts of `configure`, in order:
///
/// 0. [writable, signer] admin
/// 1. [] program_data
/// 2. [writable] settings
/// 3. [] system_program
#[derive(Accounts)]
pub struct Configure<'info> {
    #[account(mut)]
    pub admin: Signer<'info>,
    #[account(
        seeds = [crate::ID.as_ref()],
        bump,
        seeds::program = anchor_lang::solana_program::bpf_loader_upgradeable::ID,
    )]
    pub program_data: Account<'info, ProgramData>,
    #[account(
        init_if_needed,
        payer = admin,
        space = 8 + Settings::INIT_SPACE,
        seeds = [b"settings"],
        bump,
    )]
    pub settings: Account<'info, Settings>,
    pub system_program: Program<'info, System>,
}

pub fn handler(ctx: Context<Configure>, fee: u64) -> Result<()> {
    let admin = &ctx.accounts.admin;
    let program_data = &ctx.accounts.program_data;
    let settings = &mut ctx.accounts.settings;
    require!(
        program_data.upgrade_authority_address.unwrap_or_default() == admin.key(),
        UpgradeAuthorityProgramError::NotUpgradeAuthority
    );
    settings.fee = fee;
    settings.deployed_slot = program_data.slot;
    settings.bump = ctx.bumps.settings;
    msg!(
        "configured by {} at slot {}",
        program_data.upgrade_authority_address.unwrap_or_default(),
        program_data.slot
    );
    Ok(())
}
