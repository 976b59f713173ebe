use anchor_lang::prelude::*;
use anchor_spl::token::spl_token::instruction::AuthorityType;
use anchor_spl::token::{self, Mint, Token};

/// Accounts of `change_mint_authority`, in order:
///
/// 0. [signer] authority
/// 1. [writable] mint
/// 2. [] token_program
#[derive(Accounts)]
pub struct ChangeMintAuthority<'info> {
    pub authority: Signer<'info>,
    #[account(mut)]
    pub mint: Account<'info, Mint>,
    pub token_program: Program<'info, Token>,
}

pub fn handler(ctx: Context<ChangeMintAuthority>, new_authority: Option<Pubkey>) -> Result<()> {
    let authority = &ctx.accounts.authority;
    let mint = &ctx.accounts.mint;
    let token_program = &ctx.accounts.token_program;
    token::set_authority(
        CpiContext::new(
            token_program.key(),
            token::SetAuthority {
                current_authority: authority.to_account_info(),
                account_or_mint: mint.to_account_info(),
            },
        ),
        AuthorityType::MintTokens,
        new_authority,
    )?;
    Ok(())
}
