// Shared execution-test program: zero-copy fields past a large array, further from the account's start than an
// sBPF load's signed 16-bit offset reaches (32,767 bytes). Exercises: `has_one` on a Pubkey field placed after a
// FixedArray of 10,000 u64 (80,000 bytes), the field written by `zero()`'s instruction, read in a `require`
// condition, incremented in place and logged.
import { FixedArray, Pubkey, require, Result, Signer, u64, ZeroCopyAccount } from "@solanaturbine/poseidon";

export default class BigBoardTailProgram {
  static PROGRAM_ID = new Pubkey("HSeSVdiGN6FwVjRBR5xLaUSdQ1LHWHf5EzAPQZ8eRc9b");

  /** Takes a ledger the client created (all zero, owned by this program) and makes `owner` its owner. */
  open(owner: Signer, ledger: Ledger): Result {
    ledger.zero();
    ledger.owner = owner.key;
  }

  /** Only the owner stamps (has_one on the field past the array, compared again in the body), at most `limit` times. */
  stamp(owner: Signer, ledger: Ledger, index: u64, value: u64, limit: u64): Result {
    ledger.has([owner]);
    require(ledger.stamps < limit && ledger.owner === owner.key, TailError.LimitReached);
    ledger.entries[index] = value;
    ledger.stamps = ledger.stamps + 1;
    console.log("stamp", ledger.stamps, "by", ledger.owner);
  }
}

export enum TailError {
  LimitReached = "The ledger has been stamped as often as allowed",
}

/** 8 + 8 × 10,000 + 32 + 8 = 80,048 bytes: owner at 80,008, past any 16-bit load offset. */
export interface Ledger extends ZeroCopyAccount {
  entries: FixedArray<u64, 10000>;
  owner: Pubkey;
  stamps: u64;
}
