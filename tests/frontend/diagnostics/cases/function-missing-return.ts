// A function with a result returns it on every path.
// expect: PS4022 at 20:10
import { Account, Pubkey, Result, Signer, UncheckedAccount, SystemProgram, TokenProgram, TokenAccount, Str, u8, u64 } from "@solanaturbine/poseidon";

export default class CaseProgram {
  static PROGRAM_ID = new Pubkey("GXQmGjfLL8QWDfEhEFQJQY9V1DYSB4oT5aU2acQrXiWj");

  run(data: Data): Result {
    data.count = positive(data);
  }
}

export interface Data extends Account {
  owner: Pubkey;
  count: u64;
  small: u8;
  bump: u8;
}

function positive(data: Data): u64 {
  if (data.count.gt(0)) {
    return data.count;
  }
}
