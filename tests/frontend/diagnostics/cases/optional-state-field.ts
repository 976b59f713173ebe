// State accounts hold every field: an optional field has no Anchor layout.
// expect: PS2030 at 24:3
// expect: PS2030 at 25:3
import { Account, Mint, Pubkey, Result, Signer, TokenProgram, Boolean, u8, u64, require } from "@solanaturbine/poseidon";

export default class CaseProgram {
  static PROGRAM_ID = new Pubkey("GXQmGjfLL8QWDfEhEFQJQY9V1DYSB4oT5aU2acQrXiWj");

  run(user: Signer, data: Data): Result {
    data.count = new u64(1);
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
export interface Settings extends Account {
  limit?: u64;
  owner: Pubkey | undefined;
}
