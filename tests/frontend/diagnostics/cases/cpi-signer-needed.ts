// What the callee needs signed must be a Signer of the calling instruction.
// expect: PS4042 at 10:16
import { Program, Pubkey, Result, UncheckedAccount } from "@solanaturbine/poseidon";
import LedgerCallee from "./callees/ledger-callee.js";

export default class CaseProgram {
  static PROGRAM_ID = new Pubkey("GXQmGjfLL8QWDfEhEFQJQY9V1DYSB4oT5aU2acQrXiWj");

  run(someone: UncheckedAccount, ledger: Program<LedgerCallee>): Result {
    ledger.pay(someone, 5);
  }
}
