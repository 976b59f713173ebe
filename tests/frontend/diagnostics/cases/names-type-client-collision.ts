// Types that differ in Rust but become one name in Anchor's client, which camelCases type names too (Foo / FOO),
// and error variants likewise (TooMany / TOO_MANY).
// expect: PS1023 at 14:18
// expect: PS1023 at 18:3
import { Account, Pubkey, Result, Signer, u64 } from "@solanaturbine/poseidon";

export default class CaseProgram {
  static PROGRAM_ID = new Pubkey("GXQmGjfLL8QWDfEhEFQJQY9V1DYSB4oT5aU2acQrXiWj");

  run(user: Signer, data: Foo): Result {}
}

export interface Foo extends Account { value: u64; }
export interface FOO { value: u64; }

export enum CaseError {
  TooMany = "too many",
  TOO_MANY = "too many as well",
}
