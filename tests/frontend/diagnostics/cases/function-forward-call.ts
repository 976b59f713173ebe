// A function calls only functions declared before it (so there is no recursion through a cycle).
// expect: PS1021 at 21:3
import { Account, Pubkey, Result, Signer, UncheckedAccount, SystemProgram, TokenProgram, TokenAccount, Str, u8, u64 } from "@solanaturbine/poseidon";

export default class CaseProgram {
  static PROGRAM_ID = new Pubkey("GXQmGjfLL8QWDfEhEFQJQY9V1DYSB4oT5aU2acQrXiWj");

  run(data: Data): Result {
    first(data);
  }
}

export interface Data extends Account {
  owner: Pubkey;
  count: u64;
  small: u8;
  bump: u8;
}

function first(data: Data): void {
  second(data);
}

function second(data: Data): void {
  data.count = new u64(0);
}
