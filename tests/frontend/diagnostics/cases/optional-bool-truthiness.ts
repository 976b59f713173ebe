// `if (flag)` is false for Some(false): an optional Boolean is tested against undefined.
// expect: PS5030 at 9:9
import { Account, Mint, Pubkey, Result, Signer, TokenProgram, Boolean, u8, u64, require } from "@solanaturbine/poseidon";

export default class CaseProgram {
  static PROGRAM_ID = new Pubkey("GXQmGjfLL8QWDfEhEFQJQY9V1DYSB4oT5aU2acQrXiWj");

  run(user: Signer, data: Data, flag?: Boolean): Result {
    if (flag) {
      data.count = new u64(1);
    }
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
