// Type, event and error names that are Rust keywords: Anchor would write r#match into the IDL (or, for Self,
// no raw identifier exists).
// expect: PS1025 at 16:18
// expect: PS1025 at 17:18
// expect: PS1018 at 18:18
// expect: PS1018 at 21:3
// expect: PS1025 at 22:3
import { Account, Event, Pubkey, Result, Signer, u64 } from "@solanaturbine/poseidon";

export default class CaseProgram {
  static PROGRAM_ID = new Pubkey("GXQmGjfLL8QWDfEhEFQJQY9V1DYSB4oT5aU2acQrXiWj");

  run(user: Signer, data: match): Result {}
}

export interface match extends Account { count: u64; }
export interface type extends Event { count: u64; }
export interface Self { count: u64; }

export enum CaseError {
  Self = "self",
  fn = "fn",
}
