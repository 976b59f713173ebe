// Benchmark workload `ping` (Typhoon's benches/program-bench): an instruction that does nothing, with no
// accounts. What it costs is the entrypoint: program id check, dispatch, return.
import { Pubkey, Result } from "@solanaturbine/poseidon";

export default class PingProgram {
  static PROGRAM_ID = new Pubkey("GCtEA5ZYe5KX3GgH8CewNKMx3kXyjLkaWHVSX3vcaLfg");

  ping(): Result {}
}
