use anchor_lang::prelude::*;
use anchor_spl::token::{self, Token};

/// Accounts of `create_token_mint`, in order:
///
/// 0. [signer] mint_authority
/// 1. [writable] mint_account
/// 2. [] token_program
#[derive(Accounts)]
pub struct CreateTokenMint<'info> {
    pub mint_authority: Signer<'info>,
    /// CHECK: a mint this instruction initializes (token::initialize_mint2); it is none before.
    #[account(mut)]
    pub mint_account: UncheckedAccount<'info>,
    pub token_program: Program<'info, Token>,
}

pub fn handler(
    ctx: Context<CreateTokenMint>,
    decimals: u8,
    freeze_authority: Option<Pubkey>,
) -> Result<()> {
    let mint_authority = &ctx.accounts.mint_authority;
    let mint_account = &ctx.accounts.mint_account;
    let token_program = &ctx.accounts.token_program;
    token::initialize_mint2(
        CpiContext::new(
            token_program.key(),
            token::InitializeMint2 {
                mint: mint_account.to_account_info(),
            },
        ),
        decimals,
        &mint_authority.key(),
        freeze_authority.as_ref(),
    )?;
    Ok(())
}
