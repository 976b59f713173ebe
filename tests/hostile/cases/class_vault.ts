// Hostile names: the program class Vault, whose crate and #[program] module is `vault` (beside the crate's own
// modules, Anchor's root items and the VaultError enum), with a state account VAULT (module `vault` under
// `state`), an error, an event and a helper.
import { Account, Event, Pubkey, Result, Signer, emit, require, u64 } from "@solanaturbine/poseidon";

export default class Vault {
  static PROGRAM_ID = new Pubkey("EhxPGtzWeQw3Pe6fLj3jErcy93mPC9qJoamVuDv5s9fL");

  vault(user: Signer, data: VAULT): Result {
    data.derive(["data", user.key]).initIfNeeded(user);
    data.count = next(data.count);
    require(data.count.lt(100), Errors.TooMany);
    emit<Counted>({ count: data.count });
  }
}

function next(count: u64): u64 {
  return count.add(1);
}

export interface VAULT extends Account {
  count: u64;
}

export interface Counted extends Event {
  count: u64;
}

export enum Errors {
  TooMany = "too many",
}
