// Which account records a handler reads. In: an IR instruction. Out: how many of its first records the
// handler needs the addresses of (the record table is filled only that far), and whether an account's
// type check can fail (only then does it need its own account-count check).
//
// An account's record is never read when its type takes no check (UncheckedAccount, AccountInfo) and
// nothing names it: no constraint (mut, seeds, init, has_one, close, token ones), no statement, no other
// account's constraint. The test is conservative: the account's name appearing as any string in the body
// or in another parameter (a seed, a payer, a has_one target, a helper function's argument…) counts as a use.
import type { AccountParam, Instruction } from '../../../ir/types.js';

/** Type checks that read nothing and cannot fail: the account is only counted (3005) there. */
export function typeCheckCanFail(param: AccountParam): boolean {
  if (param.init || param.zero) return false;
  const kind = param.account.kind;
  return kind !== 'unchecked' && kind !== 'accountInfo' && kind !== 'mintToInitialize';
}

/** 1 + the index of the last account whose record the handler may read; 0 when it reads none. */
export function recordsRead(ix: Instruction): number {
  let count = 0;
  ix.accounts.forEach((param, index) => {
    if (mayReadRecord(ix, param)) count = index + 1;
  });
  return count;
}

function mayReadRecord(ix: Instruction, param: AccountParam): boolean {
  if (typeCheckCanFail(param) || param.init || param.zero || param.mut || param.signer || param.pda) return true;
  if (param.hasOne.length > 0 || param.close || param.token || param.associatedToken || param.mint) return true;
  const others = ix.accounts.filter((p) => p !== param);
  return mentions([ix.body, others], param.name);
}

/** Whether `name` is any string inside `value` (the IR holds account references as their names). */
function mentions(value: unknown, name: string): boolean {
  if (value === name) return true;
  if (Array.isArray(value)) return value.some((v) => mentions(v, name));
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).some(([key, v]) => key !== 'span' && mentions(v, name));
  }
  return false;
}
