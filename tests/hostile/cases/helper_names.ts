// Hostile names: helper functions spelled like Rust keywords (raw identifiers), like the crate's modules and
// the handler (helpers, handler, instructions), like prelude functions (drop, ok); parameters and locals named
// like Rust keywords, like `ctx`, and like another helper in Rust (which is then called as self::<name>).
import { Account, Pubkey, Result, Signer, u64 } from "@solanaturbine/poseidon";

function match(type: u64, loop: Data): u64 {
  const mut = type.add(loop.count);
  return mut;
}

function helpers(ctx: u64, match: u64): u64 {
  return ctx.add(match);
}

function handler(impl: Data, instructions: u64): void {
  impl.count = helpers(instructions, match(instructions, impl));
}

function drop(value: u64, unused: u64): u64 {
  return value;
}

function ok(Drop: u64): u64 {
  return drop(Drop, Drop).add(1);
}

export default class HelperNames {
  static PROGRAM_ID = new Pubkey("EhxPGtzWeQw3Pe6fLj3jErcy93mPC9qJoamVuDv5s9fL");

  run(user: Signer, data: Data, amount: u64): Result {
    data.derive(["data", user.key]).initIfNeeded(user);
    handler(data, amount);
    const type = drop(ok(amount), amount);
    data.count = match(type, data);
  }
}

export interface Data extends Account {
  count: u64;
}
