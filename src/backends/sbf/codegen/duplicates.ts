// Anchor 1.x's duplicate-mutable-account check (anchor-syn 1.2 codegen/accounts/try_accounts.rs,
// generate_duplicate_mutable_checks). In: an instruction's account views. Out: code that runs after the
// `init` fields' constraints and before the other fields' and fails with 2040
// ConstraintDuplicateMutableAccount, caused by the later field, when two fields the check covers
// (checkedForDuplicates) are the same account. Anchor inserts their keys into a set in declaration order;
// here, since a duplicate account's record is the record it repeats (entry.ts), the same key is the same
// record address: each field is compared with the ones before it, one jump per pair.
import { checkedForDuplicates } from '../../../ir/anchor-version.js';
import type { Reg } from '../isa.js';
import type { AccountView, InstructionGen } from './context.js';

/** Scratch registers the record addresses are loaded into; r6 may hold a record the constraints reuse. */
const RECORDS: readonly Reg[] = ['r1', 'r2', 'r3', 'r4', 'r5'];

export function emitDuplicateMutableCheck(g: InstructionGen, views: readonly AccountView[]): void {
  if (!g.cg.anchor.rejectsDuplicateMutableAccounts) return;
  const checked = views.filter((v) => checkedForDuplicates(v.param));
  if (checked.length < 2) return;
  const a = g.cg.asm;
  const fail = (view: AccountView) => g.cg.errors.anchor('ConstraintDuplicateMutableAccount', view.param.name);
  a.comment(`duplicate mutable accounts: ${checked.map((v) => v.param.name).join(', ')}`);
  if (checked.length <= RECORDS.length) {
    checked.forEach((view, i) => g.loadRecord(RECORDS[i], view.param.name));
    for (let i = 1; i < checked.length; i++) {
      for (let j = 0; j < i; j++) a.jumpIf('jeq', RECORDS[i], RECORDS[j], fail(checked[i]));
    }
    return;
  }
  for (let i = 1; i < checked.length; i++) {
    g.loadRecord('r2', checked[i].param.name);
    for (let j = 0; j < i; j++) {
      g.loadRecord('r3', checked[j].param.name);
      a.jumpIf('jeq', 'r2', 'r3', fail(checked[i]));
    }
  }
}
