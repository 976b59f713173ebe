// A program class whose crate name would be `self`, which no Rust name (not even r#self) can be.
// expect: PS1018 at 5:22
import { Pubkey, Result, Signer } from "@solanaturbine/poseidon";

export default class Self {
  static PROGRAM_ID = new Pubkey("GXQmGjfLL8QWDfEhEFQJQY9V1DYSB4oT5aU2acQrXiWj");

  run(user: Signer): Result {}
}
