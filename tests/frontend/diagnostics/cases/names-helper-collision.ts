// Helper functions and their parameters that meet in Rust: fooBar / foo_bar, aB / a_b, a parameter `self`.
// expect: PS1011 at 7:26
// expect: PS1011 at 8:10
// expect: PS1018 at 8:18
import { Pubkey, Result, Signer, u64 } from "@solanaturbine/poseidon";

function fooBar(aB: u64, a_b: u64): u64 { return aB.add(a_b); }
function foo_bar(self: u64): u64 { return self; }

export default class CaseProgram {
  static PROGRAM_ID = new Pubkey("GXQmGjfLL8QWDfEhEFQJQY9V1DYSB4oT5aU2acQrXiWj");

  run(user: Signer, amount: u64): Result {
    const x = fooBar(amount, foo_bar(amount));
  }
}
