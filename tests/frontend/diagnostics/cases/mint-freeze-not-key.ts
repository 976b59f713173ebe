// A mint constraint reads an account key or an argument, never a state field.
// expect: PS3051 at 9:40
import { Account, Mint, Pubkey, Result, Signer, TokenProgram, Boolean, u8, u64, require } from "@solanaturbine/poseidon";

export default class CaseProgram {
  static PROGRAM_ID = new Pubkey("GXQmGjfLL8QWDfEhEFQJQY9V1DYSB4oT5aU2acQrXiWj");

  run(user: Signer, mint: Mint, data: Data): Result {
    mint.derive(["mint"], user.key, 6, data.owner);
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
