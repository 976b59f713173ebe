// Fuzz regression (generated seed 988): a key comparison `|| true`. The comparison jumps to `keys_differ` past a
// jump to the branch's body; `true` adds no code, so that jump led to the very next instruction and was dropped,
// and `keys_differ`, bound after it, then named the instruction after the body's first: a skipped instruction,
// or the middle of an lddw (the verifier's "internal: ELF rejected").
import { Account, Pubkey, Result, Signer, u64 } from "@solanaturbine/poseidon";

export default class OrTrueProgram {
  static PROGRAM_ID = new Pubkey("9cUmG8jmDp2sLuRt4Bq5c4MZ4pBcj3JcMv2gsxJcqaN6");

  open(owner: Signer, tally: Tally): Result {
    tally.derive(["tally", owner.key]).init(owner);
  }

  /** Always sets both fields, whichever key `other` is. */
  mark(owner: Signer, tally: Tally, other: Pubkey, value: u64): Result {
    tally.derive(["tally", owner.key]);
    if (owner.key.eq(other) || true) {
      tally.count = value;
      tally.last = other;
    }
  }
}

export interface Tally extends Account {
  count: u64;
  last: Pubkey;
}
