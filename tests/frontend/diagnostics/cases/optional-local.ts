// Only an instruction argument can be optional; a local cannot.
// expect: PS2031 at 9:15
import { Account, Mint, Pubkey, Result, Signer, TokenProgram, Boolean, u8, u64, require } from "@solanaturbine/poseidon";

export default class CaseProgram {
  static PROGRAM_ID = new Pubkey("GXQmGjfLL8QWDfEhEFQJQY9V1DYSB4oT5aU2acQrXiWj");

  run(user: Signer, data: Data): Result {
    let next: u64 | undefined = data.count;
    data.count = new u64(0);
  }
}

export enum CaseError {
  Missing = "missing",
}

export interface Data extends Account {
  owner: Pubkey;
  count: u64;
  small: u8;
}
