// Fields that become one Rust field: fooBar / foo_bar, DISCRIMINATOR / discriminator.
// expect: PS1011 at 14:3
// expect: PS1011 at 16:3
import { Account, Pubkey, Result, Signer, u64 } from "@solanaturbine/poseidon";

export default class CaseProgram {
  static PROGRAM_ID = new Pubkey("GXQmGjfLL8QWDfEhEFQJQY9V1DYSB4oT5aU2acQrXiWj");

  run(user: Signer, data: Data): Result {}
}

export interface Data extends Account {
  fooBar: u64;
  foo_bar: u64;
  DISCRIMINATOR: u64;
  discriminator: u64;
}
