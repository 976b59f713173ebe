use anchor_lang::prelude::*;

use crate::state::*;

/// Accounts of `open_book`, in order:
///
/// 0. [writable, signer] operator
/// 1. [writable] book
/// 2. [] system_program
#[derive(Accounts)]
pub struct OpenBook<'info> {
    #[account(mut)]
    pub operator: Signer<'info>,
    #[account(
        init,
        payer = operator,
        space = 8 + Book::INIT_SPACE,
        seeds = [b"book", operator.key().as_ref()],
        bump,
    )]
    pub book: Account<'info, Book>,
    pub system_program: Program<'info, System>,
}

pub fn handler(ctx: Context<OpenBook>, min_tier: u8) -> Result<()> {
    let operator = &ctx.accounts.operator;
    let book = &mut ctx.accounts.book;
    book.operator = operator.key();
    book.min_tier = min_tier;
    book.bump = ctx.bumps.book;
    Ok(())
}
