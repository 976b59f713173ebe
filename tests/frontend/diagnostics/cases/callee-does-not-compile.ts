// A program called by CPI must compile; its first error is quoted.
// expect: PS2042 at 9:22
import { Program, Pubkey, Result } from "@solanaturbine/poseidon";
import BrokenCallee from "./callees/broken-callee.js";

export default class CaseProgram {
  static PROGRAM_ID = new Pubkey("GXQmGjfLL8QWDfEhEFQJQY9V1DYSB4oT5aU2acQrXiWj");

  run(other: Program<BrokenCallee>): Result {}
}
