// Benchmark workload `create_account`: `init` of a fresh keypair account (space 8 + 1) paid by a signer,
// through the system program's CreateAccount, then one byte stored in it.
import { Account, Pubkey, Result, Signer, u8 } from "@solanaturbine/poseidon";

export default class CreateAccountProgram {
  static PROGRAM_ID = new Pubkey("5NHEBdkKXpSNoDmWt85kZqVNhLrYVxCEwWqXBNUiVMdR");

  createAccount(admin: Signer, account: Data): Result {
    account.init(admin);
    account.byte = new u8(1);
  }
}

export interface Data extends Account {
  byte: u8;
}
