// Poseidon's `acc.is_writable = true` makes the account mut; no other value can be set.
// expect: PS4040 at 9:25
import { Pubkey, Result, Signer, UncheckedAccount } from "@solanaturbine/poseidon";

export default class CaseProgram {
  static PROGRAM_ID = new Pubkey("GXQmGjfLL8QWDfEhEFQJQY9V1DYSB4oT5aU2acQrXiWj");

  run(user: Signer, other: UncheckedAccount): Result {
    other.is_writable = false;
  }
}
