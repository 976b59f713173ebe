// Hostile names: the program class Entry, whose crate and #[program] module is `entry` (beside the crate's own
// modules, Anchor's root items and the EntryError enum), with state, an error, an event and a helper.
import { Account, Event, Pubkey, Result, Signer, emit, require, u64 } from "@solanaturbine/poseidon";

export default class Entry {
  static PROGRAM_ID = new Pubkey("EhxPGtzWeQw3Pe6fLj3jErcy93mPC9qJoamVuDv5s9fL");

  entry(user: Signer, data: Data): Result {
    data.derive(["data", user.key]).initIfNeeded(user);
    data.count = next(data.count);
    require(data.count.lt(100), Errors.TooMany);
    emit<Counted>({ count: data.count });
  }
}

function next(count: u64): u64 {
  return count.add(1);
}

export interface Data extends Account {
  count: u64;
}

export interface Counted extends Event {
  count: u64;
}

export enum Errors {
  TooMany = "too many",
}
