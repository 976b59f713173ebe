// Shared execution-test program: an exchange that lets market makers quote only at the HFMMT priority tier its
// book asks for, checked by CPI into programs/hfmmt.ts (check_priority), whose error fails the quote.
// Exercises: importing another DSL program's class, a `Program<Callee>` account, a CPI into one of its
// instructions with accounts (a Signer passed where the callee takes any account) and a state field as its
// argument, and a doc-commented state field (docs in the IDL and the Rust).
import { Account, Program, Pubkey, Result, Signer, UncheckedAccount, u64, u8 } from "@solanaturbine/poseidon";
import Hfmmt from "../../programs/hfmmt.js";

export default class ExchangeProgram {
  static PROGRAM_ID = new Pubkey("76n8XNuZDD1PQ9ptD5BbPbt5imSvdTSNyMkwxm1dFyBA");

  openBook(operator: Signer, book: Book, minTier: u8): Result {
    book.derive(["book", operator.key]).init(operator);
    book.operator = operator.key;
    book.minTier = minTier;
    book.bump = book.getBump();
  }

  placeQuote(trader: Signer, maker: UncheckedAccount, book: Book, hfmmt: Program<Hfmmt>, price: u64, size: u64): Result {
    book.deriveWithBump(["book", book.operator], book.bump);
    // HFMMT checks that `maker` is the trader's MarketMaker and that its tier is high enough, or fails the quote.
    hfmmt.checkPriority(trader, maker, book.minTier);
    book.quotes = book.quotes.add(1);
    book.lastPrice = price;
    book.lastSize = size;
  }
}

export interface Book extends Account {
  operator: Pubkey;
  /** The least HFMMT priority tier a maker needs to quote in this book. */
  minTier: u8;
  quotes: u64;
  lastPrice: u64;
  lastSize: u64;
  bump: u8;
}
