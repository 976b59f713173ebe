// Instructions whose Anchor data struct (instruction::<PascalCase>) would hide what that module needs: Rust's
// prelude (Ok, Result), Pubkey, and a program type an instruction's args use.
// expect: PS1027 at 12:3
// expect: PS1027 at 13:3
// expect: PS1027 at 14:3
// expect: PS1027 at 15:3
import { Pubkey, Result, Signer, u64 } from "@solanaturbine/poseidon";

export default class CaseProgram {
  static PROGRAM_ID = new Pubkey("GXQmGjfLL8QWDfEhEFQJQY9V1DYSB4oT5aU2acQrXiWj");

  ok(user: Signer): Result {}
  result(user: Signer): Result {}
  pubkey(user: Signer): Result {}
  limits(user: Signer, limits: Limits): Result {}
}

export interface Limits { max: u64; }
