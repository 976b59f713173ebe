// A mint that initializeMint initializes is no mint at validation: no mint constraint applies.
// expect: PS3052 at 9:10
import { Account, Mint, Pubkey, Result, Signer, TokenProgram, Boolean, u8, u64, require } from "@solanaturbine/poseidon";

export default class CaseProgram {
  static PROGRAM_ID = new Pubkey("GXQmGjfLL8QWDfEhEFQJQY9V1DYSB4oT5aU2acQrXiWj");

  run(user: Signer, mint: Mint, decimals: u8): Result {
    mint.derive(["mint"], user.key, decimals);
    TokenProgram.initializeMint(mint, decimals, user);
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
