use anchor_lang::prelude::*;
use anchor_spl::token::{self, Token};

/// Accounts of `create_token_mint`, in order:
///
/// 0. [writable, signer] mint_authority
/// 1. [writable, signer] mint_account
/// 2. [] system_program
/// 3. [] token_program
#[derive(Accounts)]
pub struct CreateTokenMint<'info> {
    #[account(mut)]
    pub mint_authority: Signer<'info>,
    /// CHECK: a mint this instruction initializes (token::initialize_mint2), creating its account first when it has no lamports.
    #[account(mut, signer)]
    pub mint_account: UncheckedAccount<'info>,
    pub system_program: Program<'info, System>,
    pub token_program: Program<'info, Token>,
}

pub fn handler(
    ctx: Context<CreateTokenMint>,
    decimals: u8,
    freeze_authority: Option<Pubkey>,
) -> Result<()> {
    let mint_authority = &ctx.accounts.mint_authority;
    let mint_account = &ctx.accounts.mint_account;
    let system_program = &ctx.accounts.system_program;
    let token_program = &ctx.accounts.token_program;
    if mint_account.lamports() == 0 {
        anchor_lang::system_program::create_account(
            CpiContext::new(
                system_program.key(),
                anchor_lang::system_program::CreateAccount {
                    from: mint_authority.to_account_info(),
                    to: mint_account.to_account_info(),
                },
            ),
            Rent::get()?.minimum_balance(82),
            82,
            &token_program.key(),
        )?;
    }
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
