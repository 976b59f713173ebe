use anchor_lang::prelude::*;
use anchor_spl::token::spl_token::instruction::AuthorityType;
use anchor_spl::token::{self, Mint, Token};

use crate::state::*;

/// Accounts of `pda_clear_freeze_authority`, in order:
///
/// 0. [signer] admin
/// 1. [] authority
/// 2. [writable] mint
/// 3. [] token_program
#[derive(Accounts)]
pub struct PdaClearFreezeAuthority<'info> {
    pub admin: Signer<'info>,
    #[account(seeds = [b"authority"], bump = authority.bump, has_one = admin)]
    pub authority: Account<'info, TokenAuthority>,
    #[account(mut)]
    pub mint: Account<'info, Mint>,
    pub token_program: Program<'info, Token>,
}

pub fn handler(ctx: Context<PdaClearFreezeAuthority>) -> Result<()> {
    let authority = &ctx.accounts.authority;
    let mint = &ctx.accounts.mint;
    let token_program = &ctx.accounts.token_program;
    token::set_authority(
        CpiContext::new_with_signer(
            token_program.key(),
            token::SetAuthority {
                current_authority: authority.to_account_info(),
                account_or_mint: mint.to_account_info(),
            },
            &[&[b"authority", &[authority.bump]]],
        ),
        AuthorityType::FreezeAccount,
        None,
    )?;
    Ok(())
}
