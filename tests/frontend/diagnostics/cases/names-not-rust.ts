// Names Rust cannot spell: `$`, `_` alone, non-ASCII letters.
// expect: PS1022 at 18:41
// expect: PS1022 at 11:33
// expect: PS1022 at 12:11
// expect: PS1022 at 13:11
import { Account, Pubkey, Result, Signer, u64 } from "@solanaturbine/poseidon";

export default class CaseProgram {
  static PROGRAM_ID = new Pubkey("GXQmGjfLL8QWDfEhEFQJQY9V1DYSB4oT5aU2acQrXiWj");

  run(user: Signer, data: Data, $amount: u64): Result {
    const _ = $amount.add(1);
    const ñandú = _.add(1);
    data.a$b = ñandú;
  }
}

export interface Data extends Account { a$b: u64; }
