// Program types named like what the emitted Rust already uses: Rust's prelude, primitives, anchor_lang's
// prelude, anchor_spl.
// expect: PS1024 at 19:18
// expect: PS1024 at 20:18
// expect: PS1024 at 21:18
// expect: PS1024 at 22:18
// expect: PS1024 at 23:18
// expect: PS1024 at 24:18
// expect: PS1024 at 25:18
// expect: PS1024 at 26:18
import { Account, Pubkey, Result as R, Signer, u64 } from "@solanaturbine/poseidon";

export default class CaseProgram {
  static PROGRAM_ID = new Pubkey("GXQmGjfLL8QWDfEhEFQJQY9V1DYSB4oT5aU2acQrXiWj");

  run(user: Signer): R {}
}

export interface Option { value: u64; }
export interface Context { value: u64; }
export interface Program extends Account { value: u64; }
export interface System { value: u64; }
export interface Token { value: u64; }
export interface Clock { value: u64; }
export interface Vec { value: u64; }
export interface bool { value: u64; }
