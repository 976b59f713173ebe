// Two DSL programs may not import each other to call each other by CPI.
// expect: PS2042 at 9:22
import { Program, Pubkey, Result } from "@solanaturbine/poseidon";
import CallsBack from "./callees/calls-back.js";

export default class CalleeCycle {
  static PROGRAM_ID = new Pubkey("GXQmGjfLL8QWDfEhEFQJQY9V1DYSB4oT5aU2acQrXiWj");

  run(other: Program<CallsBack>): Result {}
}
