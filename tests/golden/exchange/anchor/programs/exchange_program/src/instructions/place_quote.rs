use anchor_lang::prelude::*;

use crate::state::*;

/// Accounts of `place_quote`, in order:
///
/// 0. [signer] trader
/// 1. [] maker
/// 2. [writable] book
/// 3. [] hfmmt
#[derive(Accounts)]
pub struct PlaceQuote<'info> {
    pub trader: Signer<'info>,
    /// CHECK: the DSL declares this account unchecked; the program reads no data from it.
    pub maker: UncheckedAccount<'info>,
    #[account(mut, seeds = [b"book", book.operator.as_ref()], bump = book.bump)]
    pub book: Account<'info, Book>,
    pub hfmmt: Program<'info, crate::hfmmt::program::Hfmmt>,
}

pub fn handler(ctx: Context<PlaceQuote>, price: u64, size: u64) -> Result<()> {
    let trader = &ctx.accounts.trader;
    let maker = &ctx.accounts.maker;
    let book = &mut ctx.accounts.book;
    let hfmmt = &ctx.accounts.hfmmt;
    crate::hfmmt::cpi::check_priority(
        hfmmt.to_account_info(),
        trader.to_account_info(),
        maker.to_account_info(),
        book.min_tier,
    )?;
    book.quotes = book
        .quotes
        .checked_add(1)
        .ok_or(ProgramError::ArithmeticOverflow)?;
    book.last_price = price;
    book.last_size = size;
    Ok(())
}
