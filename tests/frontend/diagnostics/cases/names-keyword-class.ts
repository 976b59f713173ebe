// A program class whose crate name is a Rust keyword.
// expect: PS1025 at 5:22
import { Pubkey, Result, Signer } from "@solanaturbine/poseidon";

export default class Type {
  static PROGRAM_ID = new Pubkey("GXQmGjfLL8QWDfEhEFQJQY9V1DYSB4oT5aU2acQrXiWj");

  run(user: Signer): Result {}
}
