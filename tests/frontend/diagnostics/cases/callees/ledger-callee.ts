// A callee for the CPI diagnostic cases: one instruction a payer signs, one taking a string.
import { Pubkey, Result, Signer, Str, UncheckedAccount, u64 } from "@solanaturbine/poseidon";

export default class LedgerCallee {
  static PROGRAM_ID = new Pubkey("BPFLoaderUpgradeab1e11111111111111111111111");

  pay(payer: Signer, amount: u64): Result {}

  label(account: UncheckedAccount, name: Str<8>): Result {}
}
