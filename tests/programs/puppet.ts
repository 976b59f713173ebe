// Shared execution-test program: Anchor's basic-3 `puppet`, the benchmark reference (1,422 CU in Anchor).
// Exercises: storing a u64 argument into an owned state account with the checks Anchor makes.
import { Account, Pubkey, Result, u64 } from "@solanaturbine/poseidon";

export default class PuppetProgram {
  static PROGRAM_ID = new Pubkey("CjeNgtsjk2d4cQE1o5iuKscrwEx5atWxCQTsfWViewtx");

  setData(puppet: Data, data: u64): Result {
    puppet.data = data;
  }
}

export interface Data extends Account {
  data: u64;
}
