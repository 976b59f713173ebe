// A program class whose crate would hide a crate the program needs (`anchor_lang`).
// expect: PS1026 at 5:22
import { Pubkey, Result, Signer } from "@solanaturbine/poseidon";

export default class AnchorLang {
  static PROGRAM_ID = new Pubkey("GXQmGjfLL8QWDfEhEFQJQY9V1DYSB4oT5aU2acQrXiWj");

  run(user: Signer): Result {}
}
