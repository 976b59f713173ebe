// Account constraints belong to instructions: derive, has and close are not available in a function.
// expect: PS3029 at 23:3
// expect: PS3029 at 24:3
// expect: PS3029 at 25:3
import { Account, Pubkey, Result, Signer, UncheckedAccount, SystemProgram, TokenProgram, TokenAccount, Str, u8, u64 } from "@solanaturbine/poseidon";

export default class CaseProgram {
  static PROGRAM_ID = new Pubkey("GXQmGjfLL8QWDfEhEFQJQY9V1DYSB4oT5aU2acQrXiWj");

  run(data: Data, other: Data): Result {
    touch(data, other);
  }
}

export interface Data extends Account {
  owner: Pubkey;
  count: u64;
  small: u8;
  bump: u8;
}

function touch(data: Data, other: Data): void {
  data.derive(["data"]);
  data.has([other]);
  data.close(other);
}
