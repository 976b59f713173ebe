// A name that is a Rust keyword would not compile as Rust: the argument `type`.
// expect: PS1018 at 8:21
import { Pubkey, Result, Signer, u8 } from "@solanaturbine/poseidon";

export default class CaseProgram {
  static PROGRAM_ID = new Pubkey("GXQmGjfLL8QWDfEhEFQJQY9V1DYSB4oT5aU2acQrXiWj");

  run(user: Signer, type: u8): Result {}
}
