// has([...]) lists accounts, or an account's key; a Pubkey argument is neither.
// expect: PS3007 at 9:29
import { Account, Pubkey, Result, Signer } from "@solanaturbine/poseidon";

export default class CaseProgram {
  static PROGRAM_ID = new Pubkey("GXQmGjfLL8QWDfEhEFQJQY9V1DYSB4oT5aU2acQrXiWj");

  run(user: Signer, data: Data, owner: Pubkey): Result {
    data.derive(["d"]).has([owner]);
  }
}

export interface Data extends Account {
  owner: Pubkey;
}
