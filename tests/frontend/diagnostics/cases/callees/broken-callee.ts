// A callee for the CPI diagnostic cases that does not compile: an unknown account type.
import { Pubkey, Result } from "@solanaturbine/poseidon";

export default class BrokenCallee {
  static PROGRAM_ID = new Pubkey("BPFLoaderUpgradeab1e11111111111111111111111");

  run(account: Nothing): Result {}
}

export interface Nothing {
  value: number;
}
