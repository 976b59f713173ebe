use anchor_lang::prelude::*;
use anchor_spl::token::{self, Token, TokenAccount};

/// Accounts of `sync_native`, in order:
///
/// 0. [writable] wrapped
/// 1. [] token_program
#[derive(Accounts)]
pub struct SyncNative<'info> {
    #[account(mut)]
    pub wrapped: Account<'info, TokenAccount>,
    pub token_program: Program<'info, Token>,
}

pub fn handler(ctx: Context<SyncNative>) -> Result<()> {
    let wrapped = &ctx.accounts.wrapped;
    let token_program = &ctx.accounts.token_program;
    token::sync_native(CpiContext::new(
        token_program.key(),
        token::SyncNative {
            account: wrapped.to_account_info(),
        },
    ))?;
    Ok(())
}
