use anchor_lang::prelude::*;
use anchor_spl::token::{self, Token, TokenAccount};

/// Accounts of `wrap_sol`, in order:
///
/// 0. [writable, signer] owner
/// 1. [writable] wrapped
/// 2. [] system_program
/// 3. [] token_program
#[derive(Accounts)]
pub struct WrapSol<'info> {
    #[account(mut)]
    pub owner: Signer<'info>,
    #[account(mut)]
    pub wrapped: Account<'info, TokenAccount>,
    pub system_program: Program<'info, System>,
    pub token_program: Program<'info, Token>,
}

pub fn handler(ctx: Context<WrapSol>, lamports: u64) -> Result<()> {
    let owner = &ctx.accounts.owner;
    let wrapped = &ctx.accounts.wrapped;
    let system_program = &ctx.accounts.system_program;
    let token_program = &ctx.accounts.token_program;
    anchor_lang::system_program::transfer(
        CpiContext::new(
            system_program.key(),
            anchor_lang::system_program::Transfer {
                from: owner.to_account_info(),
                to: wrapped.to_account_info(),
            },
        ),
        lamports,
    )?;
    token::sync_native(CpiContext::new(
        token_program.key(),
        token::SyncNative {
            account: wrapped.to_account_info(),
        },
    ))?;
    Ok(())
}
