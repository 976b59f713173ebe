// A zero-copy account named as an account of a CPI (PS3065): Anchor's handler holds its data borrowed for the
// whole instruction, which the runtime's borrow of every account a CPI names refuses. System transfers (either
// side, with or without signer seeds), token CPIs (any role) and CPIs into another DSL program alike (whose string
// argument is refused on its own, PS4043).
// expect: PS3065 at 20:35
// expect: PS3065 at 25:35
// expect: PS3065 at 26:28
// expect: PS3065 at 30:37
// expect: PS3065 at 31:35
// expect: PS3065 at 35:18
// expect: PS4043 at 35:25
import { Mint, Program, Pubkey, Result, Signer, Str, SystemProgram, TokenAccount, TokenProgram, u64, ZeroCopyAccount } from "@solanaturbine/poseidon";
import LedgerCallee from "./callees/ledger-callee.js";

export default class CaseProgram {
  static PROGRAM_ID = new Pubkey("GXQmGjfLL8QWDfEhEFQJQY9V1DYSB4oT5aU2acQrXiWj");

  fund(payer: Signer, board: Board, amount: u64): Result {
    board.count = amount;
    SystemProgram.transfer(payer, board, amount);
  }

  drain(payer: Signer, board: Board, amount: u64): Result {
    board.derive(["board"]);
    SystemProgram.transfer(payer, board, amount, ["board", board.getBump()]);
    SystemProgram.transfer(board, payer, amount, ["board", board.getBump()]);
  }

  pay(board: Board, mint: Mint, from: TokenAccount, to: TokenAccount, amount: u64): Result {
    TokenProgram.transfer(from, to, board, amount);
    TokenProgram.burn(mint, from, board, amount);
  }

  label(board: Board, ledger: Program<LedgerCallee>, name: Str<8>): Result {
    ledger.label(board, name);
  }
}

export interface Board extends ZeroCopyAccount {
  owner: Pubkey;
  count: u64;
}
