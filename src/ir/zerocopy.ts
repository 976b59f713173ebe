// Zero-copy state accounts (`#[account(zero_copy)]` through `AccountLoader`), as every backend sees them.
// In: the program and an account parameter. Out: whether it is one, and how the handler borrows its data
// (Anchor's load_init / load_mut / load, each at the start of the handler, before the body).
import type { AccountKind, AccountParam, Program, StateAccountDef } from './types.js';

export function zeroCopyDef(program: Pick<Program, 'stateAccounts'>, kind: AccountKind): StateAccountDef | undefined {
  if (kind.kind !== 'state') return undefined;
  const def = program.stateAccounts.find((s) => s.name === kind.type);
  return def?.zeroCopy ? def : undefined;
}

/**
 * How the handler borrows a zero-copy account's data: `init` for an account `init` creates or `zero` initializes
 * (its discriminator is still zero, written at exit), `mut` when the body writes it, `read` otherwise.
 */
export type ZeroCopyLoad = 'init' | 'mut' | 'read';

export function zeroCopyLoad(param: AccountParam, written: boolean): ZeroCopyLoad {
  if (param.init || param.zero) return 'init';
  return written ? 'mut' : 'read';
}
