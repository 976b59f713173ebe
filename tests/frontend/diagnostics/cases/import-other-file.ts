// Importing from another source file is not supported: a program is one file importing only the DSL.
// expect: PS1012 at 4:25
import { Pubkey, Result, Signer } from "@solanaturbine/poseidon";
import LoopProgram from "./loop-for.js";

export default class CaseProgram {
  static PROGRAM_ID = new Pubkey("GXQmGjfLL8QWDfEhEFQJQY9V1DYSB4oT5aU2acQrXiWj");

  run(user: Signer): Result {}
}
