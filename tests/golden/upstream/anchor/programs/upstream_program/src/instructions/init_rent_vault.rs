use anchor_lang::prelude::*;

/// Accounts of `init_rent_vault`, in order:
///
/// 0. [writable, signer] payer
/// 1. [writable] rent_vault
/// 2. [] system_program
#[derive(Accounts)]
pub struct InitRentVault<'info> {
    #[account(mut)]
    pub payer: Signer<'info>,
    #[account(mut, seeds = [b"rent_vault"], bump)]
    pub rent_vault: SystemAccount<'info>,
    pub system_program: Program<'info, System>,
}

pub fn handler(ctx: Context<InitRentVault>, fund_lamports: u64) -> Result<()> {
    let payer = &ctx.accounts.payer;
    let rent_vault = &ctx.accounts.rent_vault;
    let system_program = &ctx.accounts.system_program;
    anchor_lang::system_program::transfer(
        CpiContext::new(
            system_program.key(),
            anchor_lang::system_program::Transfer {
                from: payer.to_account_info(),
                to: rent_vault.to_account_info(),
            },
        ),
        fund_lamports,
    )?;
    Ok(())
}
