use anchor_lang::prelude::*;
use anchor_spl::token::spl_token::instruction::AuthorityType;
use anchor_spl::token::{self, Token, TokenAccount};

/// Accounts of `set_account_owner`, in order:
///
/// 0. [signer] owner
/// 1. [writable] account
/// 2. [] token_program
#[derive(Accounts)]
pub struct SetAccountOwner<'info> {
    pub owner: Signer<'info>,
    #[account(mut)]
    pub account: Account<'info, TokenAccount>,
    pub token_program: Program<'info, Token>,
}

pub fn handler(ctx: Context<SetAccountOwner>, new_owner: Pubkey) -> Result<()> {
    let owner = &ctx.accounts.owner;
    let account = &ctx.accounts.account;
    let token_program = &ctx.accounts.token_program;
    token::set_authority(
        CpiContext::new(
            token_program.key(),
            token::SetAuthority {
                current_authority: owner.to_account_info(),
                account_or_mint: account.to_account_info(),
            },
        ),
        AuthorityType::AccountOwner,
        Some(new_owner),
    )?;
    Ok(())
}
