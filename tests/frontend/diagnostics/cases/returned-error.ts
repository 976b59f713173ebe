// An instruction returning an error meant to fail; Poseidon dropped the value and the transaction succeeded,
// so the compiler refuses it (Poseidon's PoseidonError and JavaScript's Error alike) instead of dropping the check.
// A plain value returned is still only a warning.
// expect: PS4044 at 14:14
// expect: PS4044 at 17:14
// expect: PS4025 at 20:12
import { Account, Pubkey, Result, Signer, u64, PoseidonError } from "@solanaturbine/poseidon";

export default class CaseProgram {
  static PROGRAM_ID = new Pubkey("GXQmGjfLL8QWDfEhEFQJQY9V1DYSB4oT5aU2acQrXiWj");

  run(user: Signer, data: Data, amount: u64): Result {
    if (amount.gt(10)) {
      return new PoseidonError("too much");
    }
    if (amount.eq(0)) {
      return new TypeError("zero");
    }
    data.count = data.count.add(amount);
    return { success: true };
  }
}

export interface Data extends Account {
  count: u64;
}
