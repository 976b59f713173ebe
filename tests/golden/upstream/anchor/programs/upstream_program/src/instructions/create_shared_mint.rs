use anchor_lang::prelude::*;
use anchor_spl::token::{self, Token};

/// Accounts of `create_shared_mint`, in order:
///
/// 0. [writable, signer] payer
/// 1. [signer] authority
/// 2. [writable, signer] mint
/// 3. [] system_program
/// 4. [] token_program
#[derive(Accounts)]
pub struct CreateSharedMint<'info> {
    #[account(mut)]
    pub payer: Signer<'info>,
    pub authority: Signer<'info>,
    /// CHECK: a mint this instruction initializes (token::initialize_mint2), creating its account first when it has no lamports.
    #[account(mut, signer)]
    pub mint: UncheckedAccount<'info>,
    pub system_program: Program<'info, System>,
    pub token_program: Program<'info, Token>,
}

pub fn handler(ctx: Context<CreateSharedMint>) -> Result<()> {
    let payer = &ctx.accounts.payer;
    let authority = &ctx.accounts.authority;
    let mint = &ctx.accounts.mint;
    let system_program = &ctx.accounts.system_program;
    let token_program = &ctx.accounts.token_program;
    if mint.lamports() == 0 {
        anchor_lang::system_program::create_account(
            CpiContext::new(
                system_program.key(),
                anchor_lang::system_program::CreateAccount {
                    from: payer.to_account_info(),
                    to: mint.to_account_info(),
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
                mint: mint.to_account_info(),
            },
        ),
        6,
        &authority.key(),
        None,
    )?;
    Ok(())
}
