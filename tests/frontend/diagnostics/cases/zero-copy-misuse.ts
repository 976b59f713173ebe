// Misused zero-copy accounts: created and zero-initialized at once (PS3062); indexed by a signed or 128-bit value
// (PS3063); something other than a FixedArray indexed (PS3064); a whole FixedArray read or assigned (PS2049);
// passed to a helper function (PS2048); read in a seed or bump (PS6010).
// expect: PS2048 at 15:23
// expect: PS3062 at 23:23
// expect: PS3063 at 27:17
// expect: PS3063 at 28:17
// expect: PS3064 at 29:19
// expect: PS2049 at 33:18
// expect: PS2049 at 34:5
// expect: PS6010 at 38:36
// expect: PS6010 at 38:50
import { FixedArray, i64, Pubkey, Result, Signer, u128, u64, u8, UncheckedAccount, ZeroCopyAccount } from "@solanaturbine/poseidon";

function total(board: Board): u64 {
  return board.count;
}

export default class CaseProgram {
  static PROGRAM_ID = new Pubkey("GXQmGjfLL8QWDfEhEFQJQY9V1DYSB4oT5aU2acQrXiWj");

  both(admin: Signer, board: Board): Result {
    board.init(admin).zero();
  }

  index(admin: Signer, board: Board, signed: i64, wide: u128, amount: u64): Result {
    board.cells[signed] = 1;
    board.cells[wide] = 2;
    board.count = amount.toBytes()[0];
  }

  whole(admin: Signer, board: Board, other: Board): Result {
    const copy = board.cells;
    other.cells = board.cells;
  }

  seeded(admin: Signer, board: Board, vault: UncheckedAccount): Result {
    vault.deriveWithBump(["vault", board.owner], board.bump);
  }
}

export interface Board extends ZeroCopyAccount {
  cells: FixedArray<u64, 16>;
  owner: Pubkey;
  count: u64;
  bump: u8;
  pad: FixedArray<u8, 7>;
}
