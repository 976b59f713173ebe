// Helper functions are declared at the top level, not inside an instruction.
// expect: PS1015 at 9:14
import { Account, Pubkey, Result, Signer, UncheckedAccount, SystemProgram, TokenProgram, TokenAccount, Str, u8, u64 } from "@solanaturbine/poseidon";

export default class CaseProgram {
  static PROGRAM_ID = new Pubkey("GXQmGjfLL8QWDfEhEFQJQY9V1DYSB4oT5aU2acQrXiWj");

  run(user: Signer): Result {
    function helper(): void {}
  }
}

export interface Data extends Account {
  owner: Pubkey;
  count: u64;
  small: u8;
  bump: u8;
}
