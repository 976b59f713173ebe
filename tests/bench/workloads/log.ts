// Benchmark workload `log`: logs one constant string (`msg!("Instruction: Log")` in Typhoon's Anchor
// program), with no accounts.
import { Pubkey, Result } from "@solanaturbine/poseidon";

export default class LogProgram {
  static PROGRAM_ID = new Pubkey("GDyABcj2YkLXaiDcisrgnZw3GrmHR8736jyyMGS3UwW1");

  log(): Result {
    console.log("Instruction: Log");
  }
}
