// Hostile names: an argument named `ctx` (the handler's own Context parameter), arguments named `_ctx` and
// `context` (what an unused or renamed Context would be called), an account named `ctx`, a body that reads a
// PDA bump (`ctx.bumps`), a helper with an unused parameter beside its `_` spelling, and `item` (a name Rust
// closures commonly take).
import { Account, Pubkey, Result, Signer, Str, u64, u8, Vec } from "@solanaturbine/poseidon";

export default class CtxNames {
  static PROGRAM_ID = new Pubkey("EhxPGtzWeQw3Pe6fLj3jErcy93mPC9qJoamVuDv5s9fL");

  setUp(payer: Signer, store: Store, ctx: u64): Result {
    store.derive(["store", payer.key]).init(payer);
    store.value = ctx;
    store.bump = store.getBump();
  }

  idle(_ctx: u64): Result {}

  useContext(context: Signer, ctx: Store, amount: u64): Result {
    ctx.derive(["store", context.key]);
    ctx.value = pick(ctx.value, amount, amount);
  }

  label(payer: Signer, store: Store, ctx: Str<4>, item: Vec<Str<4>, 2>, item2: Vec<Vec<u8, 2>, 2>): Result {
    store.deriveWithBump(["store", payer.key], store.bump);
    store.value = store.value.add(1);
  }
}

function pick(value: u64, unused: u64, _unused: u64): u64 {
  return value.add(_unused);
}

export interface Store extends Account {
  value: u64;
  bump: u8;
}
