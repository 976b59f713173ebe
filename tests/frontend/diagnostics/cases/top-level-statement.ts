// Code at the top of the file has nowhere to run on-chain: only declarations are allowed there.
// expect: PS1008 at 5:1
import { Account, Pubkey, Result, Signer, u64 } from "@solanaturbine/poseidon";

console.log("loaded");

export default class CaseProgram {
  static PROGRAM_ID = new Pubkey("GXQmGjfLL8QWDfEhEFQJQY9V1DYSB4oT5aU2acQrXiWj");

  run(user: Signer, data: Data, amount: u64): Result {
    data.count = data.count.add(amount);
  }
}

export interface Data extends Account {
  count: u64;
}
