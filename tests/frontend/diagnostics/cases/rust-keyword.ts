// An argument named like a Rust keyword: Rust could spell it r#type, but Anchor would then name it so in the IDL.
// expect: PS1025 at 8:21
import { Pubkey, Result, Signer, u8 } from "@solanaturbine/poseidon";

export default class CaseProgram {
  static PROGRAM_ID = new Pubkey("GXQmGjfLL8QWDfEhEFQJQY9V1DYSB4oT5aU2acQrXiWj");

  run(user: Signer, type: u8): Result {}
}
