// Benchmark workload `transfer`: a SOL transfer from a signer to a system account through the system
// program's Transfer.
import { Pubkey, Result, Signer, SystemAccount, SystemProgram, u64 } from "@solanaturbine/poseidon";

export default class TransferProgram {
  static PROGRAM_ID = new Pubkey("6tMzy6SPdeEeD8tm73KQifsNncAuEKFKPPNJ9rR2owFH");

  transfer(payer: Signer, account: SystemAccount, amount: u64): Result {
    SystemProgram.transfer(payer, account, amount);
  }
}
