use anchor_lang::prelude::*;
use anchor_spl::token::{self, Token};

/// Accounts of `create_pda_mint`, in order:
///
/// 0. [signer] payer
/// 1. [writable] mint
/// 2. [] auth
/// 3. [] token_program
#[derive(Accounts)]
#[instruction(decimals: u8, freeze_authority: Option<Pubkey>, auth_bump: u8)]
pub struct CreatePdaMint<'info> {
    pub payer: Signer<'info>,
    /// CHECK: a mint this instruction initializes (token::initialize_mint2); it is none before.
    #[account(mut)]
    pub mint: UncheckedAccount<'info>,
    /// CHECK: the DSL declares this account unchecked; the program reads no data from it.
    #[account(seeds = [b"auth"], bump = auth_bump)]
    pub auth: UncheckedAccount<'info>,
    pub token_program: Program<'info, Token>,
}

pub fn handler(
    ctx: Context<CreatePdaMint>,
    decimals: u8,
    freeze_authority: Option<Pubkey>,
    auth_bump: u8,
) -> Result<()> {
    let mint = &ctx.accounts.mint;
    let auth = &ctx.accounts.auth;
    let token_program = &ctx.accounts.token_program;
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
