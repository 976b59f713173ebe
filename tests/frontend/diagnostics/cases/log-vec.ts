// A Vec has no one-line text form (Rust msg! formats with Display): only scalars can be logged.
// expect: PS4018 at 9:26
import { Account, Pubkey, Result, Signer, Vec, u8 } from "@solanaturbine/poseidon";

export default class CaseProgram {
  static PROGRAM_ID = new Pubkey("GXQmGjfLL8QWDfEhEFQJQY9V1DYSB4oT5aU2acQrXiWj");

  run(user: Signer, items: Vec<u8, 4>): Result {
    console.log("items", items);
  }
}
