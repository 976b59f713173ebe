// Shared execution-test program: a per-user counter PDA.
// Exercises: init with a payer, canonical bump stored in state, deriveWithBump, has_one, checked u64 math.
import { Account, Pubkey, Result, Signer, u64, u8 } from "@solanaturbine/poseidon";

export default class CounterProgram {
  static PROGRAM_ID = new Pubkey("EhxPGtzWeQw3Pe6fLj3jErcy93mPC9qJoamVuDv5s9fL");

  initialize(authority: Signer, counter: Counter): Result {
    counter.derive(["counter", authority.key]).init(authority);
    counter.authority = authority.key;
    counter.count = new u64(0);
    counter.bump = counter.getBump();
  }

  increment(authority: Signer, counter: Counter): Result {
    counter.deriveWithBump(["counter", authority.key], counter.bump).has([authority]);
    counter.count = counter.count.add(1);
  }

  decrement(authority: Signer, counter: Counter): Result {
    counter.deriveWithBump(["counter", authority.key], counter.bump).has([authority]);
    counter.count = counter.count.sub(1);
  }

  incrementBy(authority: Signer, counter: Counter, amount: u64): Result {
    counter.deriveWithBump(["counter", authority.key], counter.bump).has([authority]);
    counter.count = counter.count.add(amount);
  }
}

export interface Counter extends Account {
  authority: Pubkey;
  count: u64;
  bump: u8;
}
