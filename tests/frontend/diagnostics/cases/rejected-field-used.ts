// A state field whose type is rejected is reported once, at its type: writing it later is no second error.
// expect: PS2016 at 15:9
import { Account, Pubkey, Result, Signer } from "@solanaturbine/poseidon";

export default class CaseProgram {
  static PROGRAM_ID = new Pubkey("GXQmGjfLL8QWDfEhEFQJQY9V1DYSB4oT5aU2acQrXiWj");

  run(user: Signer, info: Info, name: string): Result {
    info.derive(["info"]).init();
    info.name = name;
  }
}

export interface Info extends Account {
  name: string;
}
