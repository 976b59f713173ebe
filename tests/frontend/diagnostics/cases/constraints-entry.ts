// constraints([]) adds nothing; Poseidon emitted no check for an entry, so the compiler asks for a require.
// expect: PS3036 at 9:40
import { Account, Pubkey, Result, Signer, SystemAccount, UncheckedAccount, SystemProgram, Str, Vec, require, emit, u8, u64, Constraint, PoseidonError } from "@solanaturbine/poseidon";

export default class CaseProgram {
  static PROGRAM_ID = new Pubkey("GXQmGjfLL8QWDfEhEFQJQY9V1DYSB4oT5aU2acQrXiWj");

  run(user: Signer, data: Data): Result {
    data.derive(["data"]).constraints([new Constraint(data.count > 1, new PoseidonError("too small"))]);
  }
}

export interface Data extends Account {
  owner: Pubkey;
  count: u64;
  small: u8;
  bump: u8;
}
