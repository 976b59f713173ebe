// An account larger than Solana's 10 MiB can never exist: rejected by the front end, so by -o as by --sbf.
// A Vec<u64, 10000000> is 80 MB; exactly 10 MiB (8 + 4 + 10,485,748) is accepted. `init` of it also warns that
// no instruction can create an account over 10,240 bytes (PS2043).
// expect: PS2017 at 16:18
// expect: PS2043 at 12:25
import { Account, Pubkey, Result, Signer, u8, u64, Vec } from "@solanaturbine/poseidon";

export default class CaseProgram {
  static PROGRAM_ID = new Pubkey("GXQmGjfLL8QWDfEhEFQJQY9V1DYSB4oT5aU2acQrXiWj");

  make(admin: Signer, big: Huge): Result {
    big.derive(["big"]).init(admin);
  }
}

export interface Huge extends Account {
  items: Vec<u64, 10000000>;
}

export interface Largest extends Account {
  bytes: Vec<u8, 10485748>;
}
