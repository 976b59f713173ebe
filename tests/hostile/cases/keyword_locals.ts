// Hostile names: locals and helper functions spelled like Rust keywords (raw identifiers in Rust), and locals
// named like what the emitted handler declares (`ctx`, `handler`, `helpers`, `item`).
import { Account, Pubkey, Result, Signer, Str, u64 } from "@solanaturbine/poseidon";

export default class KeywordLocals {
  static PROGRAM_ID = new Pubkey("EhxPGtzWeQw3Pe6fLj3jErcy93mPC9qJoamVuDv5s9fL");

  run(payer: Signer, store: Store, amount: u64, label: Str<8>): Result {
    store.derive(["store", payer.key]).initIfNeeded(payer);
    const match = amount.add(1);
    const type = match.mul(2);
    let mut = type.sub(1);
    mut = mut.add(store.total);
    const impl = fn(mut);
    const ctx = impl.add(1);
    const handler = ctx.add(store.getBump().toU64());
    const helpers = handler.add(1);
    const item = helpers.add(1);
    const move = item;
    const ref = move;
    const where = ref;
    const loop = where;
    const dyn = loop;
    const gen = dyn;
    const async = gen;
    const use = async;
    const trait = use;
    const unsafe = trait;
    const macro = unsafe;
    const override = macro;
    const priv = override;
    const become = priv;
    const unsized = become;
    const virtual = unsized;
    const final = virtual;
    const box = final;
    const abstract = box;
    const mod = abstract;
    const pub = mod;
    const struct = pub;
    const extern = struct;
    store.total = extern;
    store.label = label;
  }
}

function fn(loop: u64): u64 {
  const match = loop.add(1);
  return match;
}

export interface Store extends Account {
  total: u64;
  label: Str<8>;
}
