// Benchmark workload `unchecked_accounts`: ten accounts the instruction takes and never reads.
import { Pubkey, Result, UncheckedAccount } from "@solanaturbine/poseidon";

export default class UncheckedAccountsProgram {
  static PROGRAM_ID = new Pubkey("5iDLmewykr6cXLH8bNoxL3LeJG7YZSWPbyL1PaviRMQs");

  uncheckedAccounts(
    account1: UncheckedAccount, account2: UncheckedAccount, account3: UncheckedAccount, account4: UncheckedAccount,
    account5: UncheckedAccount, account6: UncheckedAccount, account7: UncheckedAccount, account8: UncheckedAccount,
    account9: UncheckedAccount, account10: UncheckedAccount,
  ): Result {}
}
