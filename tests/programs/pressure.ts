// Shared execution-test program: expressions that need more registers than the sBPF code generator has
// where they stand, so that it spills live values around them and reloads them after.
// Exercises: a mulDiv whose divisor is a constant inside an addition, a helper call whose argument is a
// mulDiv inside an addition, a key compared with a helper function's result computed from nested mulDivs,
// and u128 helper calls inside u128 arithmetic.
import { Account, Pubkey, Result, Signer, u64, u128 } from "@solanaturbine/poseidon";

function plusOne(v: u64): u64 {
  return v.add(1);
}

/** `key`, unless `n` is zero: then the system program's id. */
function keyUnlessZero(key: Pubkey, n: u64): Pubkey {
  if (n.eq(0)) {
    return new Pubkey("11111111111111111111111111111111");
  }
  return key;
}

function grow(v: u128, w: u64): u128 {
  return v.add(w.toU128());
}

export default class PressureProgram {
  static PROGRAM_ID = new Pubkey("7hDow1yKej3w3pWcsDS27GMEaKddZkftCdnEE7t4dAcf");

  percentOf(totals: Totals, x: u64, a: u64, b: u64): Result {
    totals.count = x.add(a.mulDiv(b, new u64(100)));
  }

  nestedCall(totals: Totals, x: u64, a: u64, b: u64): Result {
    totals.count = x.add(plusOne(a.mulDiv(b, x)));
  }

  matchKey(owner: Signer, totals: Totals, x: u64, a: u64, b: u64): Result {
    if (totals.owner.eq(keyUnlessZero(owner.key, a.mulDiv(b, x.add(a.mulDiv(b, x)))))) {
      totals.count = x;
    } else {
      totals.count = new u64(0);
    }
  }

  wideCalls(totals: Totals, x: u128, a: u64, b: u64): Result {
    totals.sum = x.add(grow(x.mul(a.mulDiv(b, 7).toU128()), a.mulDiv(b, a.add(b)))).sub(5);
    totals.count = grow(x, a).toU64().add(a.mulDiv(b, a.mulDiv(a, 3)));
  }
}

export interface Totals extends Account {
  owner: Pubkey;
  count: u64;
  sum: u128;
}
