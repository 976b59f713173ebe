use anchor_lang::prelude::*;
use anchor_spl::token::spl_token::instruction::AuthorityType;
use anchor_spl::token::{self, Token, TokenAccount};

/// Accounts of `set_close_authority`, in order:
///
/// 0. [signer] owner
/// 1. [writable] account
/// 2. [] closer
/// 3. [] token_program
#[derive(Accounts)]
pub struct SetCloseAuthority<'info> {
    pub owner: Signer<'info>,
    #[account(mut)]
    pub account: Account<'info, TokenAccount>,
    pub closer: SystemAccount<'info>,
    pub token_program: Program<'info, Token>,
}

pub fn handler(ctx: Context<SetCloseAuthority>) -> Result<()> {
    let owner = &ctx.accounts.owner;
    let account = &ctx.accounts.account;
    let closer = &ctx.accounts.closer;
    let token_program = &ctx.accounts.token_program;
    token::set_authority(
        CpiContext::new(
            token_program.key(),
            token::SetAuthority {
                current_authority: owner.to_account_info(),
                account_or_mint: account.to_account_info(),
            },
        ),
        AuthorityType::CloseAccount,
        Some(closer.key()),
    )?;
    Ok(())
}
