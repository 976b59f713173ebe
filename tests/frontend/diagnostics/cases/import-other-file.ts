// From another source file a program imports only a DSL program's class, as its default export: named imports
// (types, helpers) are not supported.
// expect: PS1012 at 5:22
import { Pubkey, Result, Signer } from "@solanaturbine/poseidon";
import { Data } from "./loop-for.js";

export default class CaseProgram {
  static PROGRAM_ID = new Pubkey("GXQmGjfLL8QWDfEhEFQJQY9V1DYSB4oT5aU2acQrXiWj");

  run(user: Signer): Result {}
}
