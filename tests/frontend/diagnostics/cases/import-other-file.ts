// A name imported from another source file cannot be used: a program is one file, and only the DSL's names
// exist besides its own (an unused import is ignored with a warning, as Poseidon ignored it).
// expect: PS1042 at 11:23
import { Pubkey, Result, Signer } from "@solanaturbine/poseidon";
import LoopProgram from "./loop-for.js";

export default class CaseProgram {
  static PROGRAM_ID = new Pubkey("GXQmGjfLL8QWDfEhEFQJQY9V1DYSB4oT5aU2acQrXiWj");

  run(user: Signer): Result {
    console.log("id", LoopProgram.PROGRAM_ID);
  }
}
