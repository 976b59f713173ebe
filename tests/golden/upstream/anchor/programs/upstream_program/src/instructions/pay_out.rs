use anchor_lang::prelude::*;

/// Accounts of `pay_out`, in order:
///
/// 0. [writable] recipient
/// 1. [writable] rent_vault
/// 2. [] system_program
#[derive(Accounts)]
#[instruction(bump: u8)]
pub struct PayOut<'info> {
    #[account(mut)]
    pub recipient: SystemAccount<'info>,
    #[account(mut, seeds = [b"rent_vault"], bump = bump)]
    pub rent_vault: SystemAccount<'info>,
    pub system_program: Program<'info, System>,
}

pub fn handler(ctx: Context<PayOut>, bump: u8, amount: u64) -> Result<()> {
    let recipient = &ctx.accounts.recipient;
    let rent_vault = &ctx.accounts.rent_vault;
    let system_program = &ctx.accounts.system_program;
    anchor_lang::system_program::transfer(
        CpiContext::new_with_signer(
            system_program.key(),
            anchor_lang::system_program::Transfer {
                from: rent_vault.to_account_info(),
                to: recipient.to_account_info(),
            },
            &[&[b"rent_vault", &[bump]]],
        ),
        amount,
    )?;
    Ok(())
}
