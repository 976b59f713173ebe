use anchor_lang::prelude::*;
use anchor_spl::token::{self, Token};

/// Accounts of `create_pda_mint`, in order:
///
/// 0. [writable, signer] payer
/// 1. [writable, signer] mint
/// 2. [] auth
/// 3. [] system_program
/// 4. [] token_program
#[derive(Accounts)]
#[instruction(decimals: u8, freeze_authority: Option<Pubkey>, auth_bump: u8)]
pub struct CreatePdaMint<'info> {
    #[account(mut)]
    pub payer: Signer<'info>,
    /// CHECK: a mint this instruction initializes (token::initialize_mint2), creating its account first when it has no lamports.
    #[account(mut, signer)]
    pub mint: UncheckedAccount<'info>,
    /// CHECK: the DSL declares this account unchecked; the program reads no data from it.
    #[account(seeds = [b"auth"], bump = auth_bump)]
    pub auth: UncheckedAccount<'info>,
    pub system_program: Program<'info, System>,
    pub token_program: Program<'info, Token>,
}

pub fn handler(
    ctx: Context<CreatePdaMint>,
    decimals: u8,
    freeze_authority: Option<Pubkey>,
    auth_bump: u8,
) -> Result<()> {
    let payer = &ctx.accounts.payer;
    let mint = &ctx.accounts.mint;
    let auth = &ctx.accounts.auth;
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
        CpiContext::new_with_signer(
            token_program.key(),
            token::InitializeMint2 {
                mint: mint.to_account_info(),
            },
            &[&[b"auth", &[auth_bump]]],
        ),
        decimals,
        &auth.key(),
        freeze_authority.as_ref(),
    )?;
    Ok(())
}
