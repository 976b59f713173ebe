// A mint that initializeMint initializes cannot be read as a mint.
// expect: PS3052 at 10:18
import { Account, Mint, Pubkey, Result, Signer, TokenProgram, Boolean, u8, u64, require } from "@solanaturbine/poseidon";

export default class CaseProgram {
  static PROGRAM_ID = new Pubkey("GXQmGjfLL8QWDfEhEFQJQY9V1DYSB4oT5aU2acQrXiWj");

  run(user: Signer, mint: Mint, data: Data): Result {
    TokenProgram.initializeMint(mint, 6, user);
    data.small = mint.decimals;
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
