// A signer seed `vault.getBump()` needs the bump Anchor finds for `vault`: the instruction must derive it.
// expect: PS3009 at 9:59
import { Pubkey, Result, Signer, SystemAccount, SystemProgram, u64 } from "@solanaturbine/poseidon";

export default class CaseProgram {
  static PROGRAM_ID = new Pubkey("GXQmGjfLL8QWDfEhEFQJQY9V1DYSB4oT5aU2acQrXiWj");

  run(user: Signer, vault: SystemAccount, amount: u64): Result {
    SystemProgram.transfer(vault, user, amount, ["vault", vault.getBump()]);
  }
}
