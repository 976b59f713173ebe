// Fields that stay apart in Rust but become one name in Anchor's TypeScript client (camelcase): a1 / a_1,
// count / _count, and two struct fields nested in an event.
// expect: PS1023 at 16:3
// expect: PS1023 at 18:3
// expect: PS1023 at 21:36
import { Account, Event, Pubkey, Result, Signer, u64 } from "@solanaturbine/poseidon";

export default class CaseProgram {
  static PROGRAM_ID = new Pubkey("GXQmGjfLL8QWDfEhEFQJQY9V1DYSB4oT5aU2acQrXiWj");

  run(user: Signer, data: Data): Result {}
}

export interface Data extends Account {
  a1: u64;
  a_1: u64;
  count: u64;
  _count: u64;
}

export interface Inner { x_y: u64; x__y: u64; }
export interface Moved extends Event { inner: Inner; }
