use anchor_lang::prelude::*;

/// Accounts of `touch`, in order:
///
/// 0. [writable] payer
/// 1. [writable] recipient
#[derive(Accounts)]
pub struct Touch<'info> {
    /// CHECK: the DSL declares this account unchecked; the program reads no data from it.
    #[account(mut)]
    pub payer: UncheckedAccount<'info>,
    #[account(mut)]
    pub recipient: SystemAccount<'info>,
}

pub fn handler(_ctx: Context<Touch>, amount: u64) -> Result<()> {
    msg!("touched with {}", amount);
    Ok(())
}
