use anchor_lang::prelude::*;

/// Accounts of `create_new_account`, in order:
///
/// 0. [writable, signer] new_account
/// 1. [writable] rent_vault
/// 2. [] system_program
#[derive(Accounts)]
pub struct CreateNewAccount<'info> {
    #[account(mut)]
    pub new_account: Signer<'info>,
    #[account(mut, seeds = [b"rent_vault"], bump)]
    pub rent_vault: SystemAccount<'info>,
    pub system_program: Program<'info, System>,
}

pub fn handler(ctx: Context<CreateNewAccount>, amount: u64) -> Result<()> {
    let new_account = &ctx.accounts.new_account;
    let rent_vault = &ctx.accounts.rent_vault;
    let system_program = &ctx.accounts.system_program;
    anchor_lang::system_program::transfer(
        CpiContext::new_with_signer(
            system_program.key(),
            anchor_lang::system_program::Transfer {
                from: rent_vault.to_account_info(),
                to: new_account.to_account_info(),
            },
            &[&[b"rent_vault", &[ctx.bumps.rent_vault]]],
        ),
        amount,
    )?;
    Ok(())
}
