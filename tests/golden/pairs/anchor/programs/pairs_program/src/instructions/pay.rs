use anchor_lang::prelude::*;

/// Accounts of `pay`, in order:
///
/// 0. [writable, signer] first
/// 1. [writable, signer] second
/// 2. [writable] target
/// 3. [writable] other
/// 4. [] system_program
#[derive(Accounts)]
pub struct Pay<'info> {
    #[account(mut)]
    pub first: Signer<'info>,
    #[account(mut)]
    pub second: Signer<'info>,
    /// CHECK: the DSL declares this account unchecked; the program reads no data from it.
    #[account(mut)]
    pub target: UncheckedAccount<'info>,
    #[account(mut)]
    pub other: SystemAccount<'info>,
    pub system_program: Program<'info, System>,
}

pub fn handler(ctx: Context<Pay>, amount: u64) -> Result<()> {
    let first = &ctx.accounts.first;
    let second = &ctx.accounts.second;
    let target = &ctx.accounts.target;
    let other = &ctx.accounts.other;
    let system_program = &ctx.accounts.system_program;
    anchor_lang::system_program::transfer(
        CpiContext::new(
            system_program.key(),
            anchor_lang::system_program::Transfer {
                from: first.to_account_info(),
                to: target.to_account_info(),
            },
        ),
        amount,
    )?;
    anchor_lang::system_program::transfer(
        CpiContext::new(
            system_program.key(),
            anchor_lang::system_program::Transfer {
                from: second.to_account_info(),
                to: other.to_account_info(),
            },
        ),
        amount,
    )?;
    Ok(())
}
