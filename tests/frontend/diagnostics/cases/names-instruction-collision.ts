// Instructions that stay apart as snake_case but not as Anchor's instruction::<PascalCase> structs (a1 / a_1,
// fooBar / foo__bar).
// expect: PS1011 at 11:3
// expect: PS1011 at 13:3
import { Pubkey, Result, Signer } from "@solanaturbine/poseidon";

export default class CaseProgram {
  static PROGRAM_ID = new Pubkey("GXQmGjfLL8QWDfEhEFQJQY9V1DYSB4oT5aU2acQrXiWj");

  a1(user: Signer): Result {}
  a_1(user: Signer): Result {}
  fooBar(user: Signer): Result {}
  foo__bar(user: Signer): Result {}
}
