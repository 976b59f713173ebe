// A parameter named like the program account the compiler adds for a CPI (system_program).
// expect: PS1011 at 8:40
import { Pubkey, Result, Signer, SystemAccount, SystemProgram, u64 } from "@solanaturbine/poseidon";

export default class CaseProgram {
  static PROGRAM_ID = new Pubkey("GXQmGjfLL8QWDfEhEFQJQY9V1DYSB4oT5aU2acQrXiWj");

  pay(user: Signer, to: SystemAccount, systemProgram: SystemAccount, amount: u64): Result {
    SystemProgram.transfer(user, to, amount);
  }
}
