use anchor_lang::prelude::*;
use anchor_spl::token::spl_token::instruction::AuthorityType;
use anchor_spl::token::{self, Mint, Token};

/// Accounts of `set_freeze_authority`, in order:
///
/// 0. [signer] current
/// 1. [writable] mint
/// 2. [] token_program
#[derive(Accounts)]
pub struct SetFreezeAuthority<'info> {
    pub current: Signer<'info>,
    #[account(mut)]
    pub mint: Account<'info, Mint>,
    pub token_program: Program<'info, Token>,
}

pub fn handler(ctx: Context<SetFreezeAuthority>, new_authority: Pubkey) -> Result<()> {
    let current = &ctx.accounts.current;
    let mint = &ctx.accounts.mint;
    let token_program = &ctx.accounts.token_program;
    token::set_authority(
        CpiContext::new(
            token_program.key(),
            token::SetAuthority {
                current_authority: current.to_account_info(),
                account_or_mint: mint.to_account_info(),
            },
        ),
        AuthorityType::FreezeAccount,
        Some(new_authority),
    )?;
    Ok(())
}
