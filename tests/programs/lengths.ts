// Shared execution-test program: N in Str<N> and Vec<T, N> sizes an account and bounds no value, as Anchor's
// #[max_len] does. Exercises: a Vec<u64, N> and a Str<N> in one account (init, then rewritten), an optional
// Str<N> argument, an event and a log line with strings of any length, string arguments as PDA seeds
// (`derive`: the bump search; `deriveWithBump`: the check with a stored bump).
import { Account, Event, Pubkey, Result, Signer, Str, Vec, emit, u64, u8 } from "@solanaturbine/poseidon";

export default class LengthsProgram {
  static PROGRAM_ID = new Pubkey("FweGc5SeUvAqE9gnS5Yy7B4iELKEihpcgmJAuhLgexpw");

  open(owner: Signer, board: Board, title: Str<8>, scores: Vec<u64, 4>): Result {
    board.derive(["board", owner.key]).init(owner);
    board.owner = owner.key;
    board.title = title;
    board.scores = scores;
    board.bump = board.getBump();
  }

  rescore(owner: Signer, board: Board, scores: Vec<u64, 4>): Result {
    board.deriveWithBump(["board", owner.key], board.bump).has([owner]);
    board.scores = scores;
  }

  rename(owner: Signer, board: Board, title?: Str<8>): Result {
    board.deriveWithBump(["board", owner.key], board.bump).has([owner]);
    if (title) {
      board.title = title;
    }
    emit<Renamed>({ board: board.key, title: board.title });
    console.log(`Board ${board.title} of ${owner.key}`);
  }

  tag(owner: Signer, label: Label, name: Str<16>): Result {
    label.derive(["label", name.toBytes()]).init(owner);
    label.name = name;
    label.bump = label.getBump();
  }

  retag(owner: Signer, label: Label, name: Str<16>): Result {
    label.deriveWithBump(["label", name.toBytes()], label.bump);
    console.log(`Label ${name}`);
  }
}

export interface Board extends Account {
  owner: Pubkey;
  title: Str<8>;
  scores: Vec<u64, 4>;
  bump: u8;
}

export interface Label extends Account {
  name: Str<16>;
  bump: u8;
}

export interface Renamed extends Event {
  board: Pubkey;
  title: Str<8>;
}
