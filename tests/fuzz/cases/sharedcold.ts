// Fuzz regression (generated seed 122): a helper function emitting an event that holds a string, called from a
// handler whose state holds a vector. Both jump to the shared out-of-memory exit; the handler's jump came first,
// so the exit's code was emitted knowing what the handler's registers held, and the helper's routine, emitted
// after it and knowing less, failed the sBPF build with "internal: knownLoads: a jump back to label …".
import { Account, Event, Pubkey, Result, Signer, Str, Vec, emit, u64, u8 } from "@solanaturbine/poseidon";

/** Logs `n` in an event built in the heap (it holds a string). */
function announce(n: u64): u8 {
  emit<Noted>({ text: new Str("seen"), n: n });
  return 1;
}

export default class SharedColdProgram {
  static PROGRAM_ID = new Pubkey("5xqSe3oLPiB2GhQyfkqvvrv2pPXu9kh5ncxvBbAfMhkJ");

  open(owner: Signer, list: List): Result {
    list.derive(["list", owner.key]).init(owner);
    list.bump = list.getBump();
  }

  note(owner: Signer, list: List, n: u64): Result {
    list.derive(["list", owner.key]);
    list.count = list.count.add(n).mul(announce(n).toU64());
  }
}

export interface List extends Account {
  count: u64;
  items: Vec<u64, 4>;
  bump: u8;
}

export interface Noted extends Event {
  text: Str<8>;
  n: u64;
}
