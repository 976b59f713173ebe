// Names Anchor's generated code already uses: names starting with __, and an account named like a local of
// derive(Accounts)'s init code.
// expect: PS1024 at 16:41
// expect: PS1024 at 11:21
// expect: PS1024 at 11:34
import { Account, Pubkey, Result, Signer, u64 } from "@solanaturbine/poseidon";

export default class CaseProgram {
  static PROGRAM_ID = new Pubkey("GXQmGjfLL8QWDfEhEFQJQY9V1DYSB4oT5aU2acQrXiWj");

  run(user: Signer, space: Data, __bumps: u64): Result {
    space.derive(["space"]).init(user);
  }
}

export interface Data extends Account { __x: u64; }
