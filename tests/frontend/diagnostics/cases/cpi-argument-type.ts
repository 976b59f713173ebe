// A CPI into another DSL program passes integers, Booleans and Pubkeys.
// expect: PS4043 at 10:27
import { Program, Pubkey, Result, Str, UncheckedAccount } from "@solanaturbine/poseidon";
import LedgerCallee from "./callees/ledger-callee.js";

export default class CaseProgram {
  static PROGRAM_ID = new Pubkey("GXQmGjfLL8QWDfEhEFQJQY9V1DYSB4oT5aU2acQrXiWj");

  run(account: UncheckedAccount, ledger: Program<LedgerCallee>, name: Str<8>): Result {
    ledger.label(account, name);
  }
}
