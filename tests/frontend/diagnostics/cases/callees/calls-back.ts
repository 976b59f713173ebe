// A callee for the CPI diagnostic cases that imports the case that imports it.
import { Program, Pubkey, Result } from "@solanaturbine/poseidon";
import CalleeCycle from "../callee-cycle.js";

export default class CallsBack {
  static PROGRAM_ID = new Pubkey("BPFLoaderUpgradeab1e11111111111111111111111");

  run(back: Program<CalleeCycle>): Result {}
}
