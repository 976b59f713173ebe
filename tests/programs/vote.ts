// Shared execution-test program: a vote board anyone may vote on, reset only by its admin.
// Exercises: signed i64 math, a u32 tally, has_one against a non-signing account, PDA seeds from another account's key,
// named constants (a top-level const in the seeds, a static readonly member as the vote's weight).
import { Account, Pubkey, Result, Signer, UncheckedAccount, i64, u32, u8 } from "@solanaturbine/poseidon";

const BOARD_SEED = "board";

export default class VoteProgram {
  static PROGRAM_ID = new Pubkey("Ejtq8MfLG69d8RbPX5e38vkFjuMDPZdB5hSSQBke6PJJ");
  static readonly VOTE = 1;

  initialize(admin: Signer, board: VoteBoard): Result {
    board.derive([BOARD_SEED, admin.key]).init(admin);
    board.admin = admin.key;
    board.score = new i64(0);
    board.votes = new u32(0);
    board.bump = board.getBump();
  }

  upvote(voter: Signer, admin: UncheckedAccount, board: VoteBoard): Result {
    board.deriveWithBump([BOARD_SEED, admin.key], board.bump).has([admin]);
    board.score = board.score.add(VoteProgram.VOTE);
    board.votes = board.votes.add(1);
  }

  downvote(voter: Signer, admin: UncheckedAccount, board: VoteBoard): Result {
    board.deriveWithBump([BOARD_SEED, admin.key], board.bump).has([admin]);
    board.score = board.score.sub(VoteProgram.VOTE);
    board.votes = board.votes.add(1);
  }

  reset(admin: Signer, board: VoteBoard): Result {
    board.deriveWithBump([BOARD_SEED, admin.key], board.bump).has([admin]);
    board.score = new i64(0);
    board.votes = new u32(0);
  }
}

export interface VoteBoard extends Account {
  admin: Pubkey;
  score: i64;
  votes: u32;
  bump: u8;
}
