// Benchmark workload `accounts`: ten program-owned accounts, each checked as `Account<Data>` is (owner,
// discriminator, data length), and not otherwise read. Typhoon's benchmark passes one account ten times.
import { Account, Pubkey, Result, u8 } from "@solanaturbine/poseidon";

export default class AccountsProgram {
  static PROGRAM_ID = new Pubkey("3CRHKetV4LLN7NioJNPYsZh5LE5FoYZRGXz8wER6JapM");

  accounts(
    account1: Data, account2: Data, account3: Data, account4: Data, account5: Data,
    account6: Data, account7: Data, account8: Data, account9: Data, account10: Data,
  ): Result {}
}

export interface Data extends Account {
  byte: u8;
}
