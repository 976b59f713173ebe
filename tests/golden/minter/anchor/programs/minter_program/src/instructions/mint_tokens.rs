use anchor_lang::prelude::*;
use anchor_spl::associated_token::AssociatedToken;
use anchor_spl::token::{self, Mint, Token, TokenAccount};

use crate::error::*;
use crate::state::*;

/// Accounts of `mint_tokens`, in order:
///
/// 0. [writable, signer] admin
/// 1. [] config
/// 2. [writable] mint
/// 3. [] recipient
/// 4. [writable] recipient_ata
/// 5. [] system_program
/// 6. [] token_program
/// 7. [] associated_token_program
#[derive(Accounts)]
pub struct MintTokens<'info> {
    #[account(mut)]
    pub admin: Signer<'info>,
    #[account(seeds = [b"config"], bump = config.bump, has_one = admin)]
    pub config: Account<'info, MinterConfig>,
    #[account(mut, seeds = [b"mint"], bump, mint::decimals = 6, mint::authority = config)]
    pub mint: Account<'info, Mint>,
    pub recipient: SystemAccount<'info>,
    #[account(
        init_if_needed,
        payer = admin,
        associated_token::mint = mint,
        associated_token::authority = recipient,
    )]
    pub recipient_ata: Account<'info, TokenAccount>,
    pub system_program: Program<'info, System>,
    pub token_program: Program<'info, Token>,
    pub associated_token_program: Program<'info, AssociatedToken>,
}

pub fn handler(ctx: Context<MintTokens>, amount: u64) -> Result<()> {
    let config = &ctx.accounts.config;
    let mint = &ctx.accounts.mint;
    let recipient_ata = &ctx.accounts.recipient_ata;
    let token_program = &ctx.accounts.token_program;
    require!(
        mint.supply
            .checked_add(amount)
            .ok_or(ProgramError::ArithmeticOverflow)?
            <= 1000000000000000,
        MinterProgramError::SupplyCapExceeded
    );
    token::mint_to(
        CpiContext::new_with_signer(
            token_program.key(),
            token::MintTo {
                mint: mint.to_account_info(),
                to: recipient_ata.to_account_info(),
                authority: config.to_account_info(),
            },
            &[&[b"config", &[config.bump]]],
        ),
        amount,
    )?;
    Ok(())
}
