// Locals that meet another name of the body in Rust: fooBar / foo_bar, a local named like an arg after
// snake_case, a local `self`, and a local named like the Token Program account the instruction needs.
// expect: PS1011 at 15:13
// expect: PS1011 at 16:13
// expect: PS1018 at 18:11
// expect: PS1011 at 19:11
import { Pubkey, Result, Signer, TokenAccount, TokenProgram, u64 } from "@solanaturbine/poseidon";

export default class CaseProgram {
  static PROGRAM_ID = new Pubkey("GXQmGjfLL8QWDfEhEFQJQY9V1DYSB4oT5aU2acQrXiWj");

  run(user: Signer, from: TokenAccount, to: TokenAccount, userAmount: u64): Result {
    const fooBar = userAmount.add(1);
    if (fooBar.gt(2)) {
      const foo_bar = fooBar;
      const user_amount = foo_bar;
    }
    const self = fooBar;
    const token_program = self;
    TokenProgram.transfer(from, to, user, token_program);
  }
}
