// Program<…> names another DSL program's class.
// expect: PS2040 at 8:22
import { Program, Pubkey, Result, u64 } from "@solanaturbine/poseidon";

export default class CaseProgram {
  static PROGRAM_ID = new Pubkey("GXQmGjfLL8QWDfEhEFQJQY9V1DYSB4oT5aU2acQrXiWj");

  run(other: Program<u64>): Result {}
}
