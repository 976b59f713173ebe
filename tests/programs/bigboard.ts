// Shared execution-test program: zero-copy accounts, up to Solana's largest (10 MiB).
// Exercises: a ZeroCopyAccount of exactly 10,485,760 bytes the client creates and `zero()` initializes, its
// FixedArray elements read and written in place (start, middle, end; an index past the end panics), has_one on
// it, and a small zero-copy account created with `init` holding u128 elements.
import { FixedArray, Pubkey, Result, Signer, u128, u64, u8, ZeroCopyAccount } from "@solanaturbine/poseidon";

export default class BigBoardProgram {
  static PROGRAM_ID = new Pubkey("2gkBL67XuURKS4A8tW9RdSD1MXFaUYSw98bejJdqWFMb");

  /** Takes a board the client created (all zero, owned by this program) and makes `authority` its owner. */
  open(authority: Signer, board: Board): Result {
    board.zero();
    board.authority = authority.key;
  }

  write(authority: Signer, board: Board, index: u64, value: u64): Result {
    board.has([authority]);
    board.cells[index] = value;
    board.writes = board.writes + 1;
  }

  read(board: Board, index: u64): Result {
    console.log("cell", index, "holds", board.cells[index]);
  }

  /** Copies one cell onto another: the source is read before the destination is checked, as Rust does. */
  copyCell(authority: Signer, board: Board, from: u64, to: u64): Result {
    board.has([authority]);
    board.cells[to] = board.cells[from];
  }

  createTally(payer: Signer, tally: Tally): Result {
    tally.init(payer);
    tally.owner = payer.key;
  }

  add(owner: Signer, tally: Tally, slot: u8, amount: u128): Result {
    tally.has([owner]);
    tally.totals[slot] = tally.totals[slot] + amount;
    tally.updates += 1;
  }
}

/** 8 + 32 + 8 + 8 × 1,310,714 = 10,485,760 bytes: the most an account may hold. */
export interface Board extends ZeroCopyAccount {
  authority: Pubkey;
  writes: u64;
  cells: FixedArray<u64, 1310714>;
}

/** u128s first: aligned alike on x86-64 (16) and SBF (8), with no padding. */
export interface Tally extends ZeroCopyAccount {
  totals: FixedArray<u128, 4>;
  owner: Pubkey;
  updates: u64;
  spare: u64;
}
