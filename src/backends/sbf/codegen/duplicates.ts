// Anchor 1.x's duplicate-mutable-account check (anchor-syn 1.2 codegen/accounts/try_accounts.rs,
// generate_duplicate_mutable_checks). In: an instruction's account views. Out: code that runs after the
// `init` fields' constraints and before the other fields' and fails with 2040
// ConstraintDuplicateMutableAccount, caused by the later field, when two fields the check covers
// (checkedForDuplicates) are the same account. Anchor inserts their keys into a set in declaration order.
// Here a duplicate account's record is the record it repeats (entry.ts), so the same key is the same
// record address; and the records of distinct accounts lie in account order, so addresses that strictly
// increase field after field prove there is no duplicate: one compare per field on the hot path. Any
// other order (some field repeats an account, maybe one the check does not cover) takes a cold path that
// compares each field with every one before it.
import { checkedForDuplicates } from '../../../ir/anchor-version.js';
import type { Reg } from '../isa.js';
import type { AccountView, InstructionGen } from './context.js';

/** Scratch registers the record addresses are kept in; r6 may hold a record the constraints reuse. */
const RECORDS: readonly Reg[] = ['r1', 'r2', 'r3', 'r4', 'r5'];

export function emitDuplicateMutableCheck(g: InstructionGen, views: readonly AccountView[]): void {
  if (!g.cg.anchor.rejectsDuplicateMutableAccounts) return;
  // AccountLoader does not serialize on exit: Anchor leaves zero-copy accounts out of the check.
  const checked = views.filter((v) => checkedForDuplicates(v.param) && !v.state?.def.zeroCopy);
  if (checked.length < 2) return;
  const a = g.cg.asm;
  const names = checked.map((v) => v.param.name);
  a.comment(`duplicate mutable accounts: ${names.join(', ')}`);
  const inRegisters = checked.length <= RECORDS.length;
  // Hot path: the records in registers (or two alternating ones), each above the one before.
  const held = (i: number): Reg => (inRegisters ? RECORDS[i] : RECORDS[i % 2]);
  const done = a.newLabel(`${g.ix.name}_distinct_accounts`);
  const unordered = g.cg.cold(`${g.ix.name}_accounts_out_of_order`, () => {
    // The hot path may have left before loading the later records.
    if (inRegisters) names.forEach((name, i) => g.loadRecord(RECORDS[i], name));
    for (let i = 1; i < checked.length; i++) {
      const fail = g.cg.errors.anchor('ConstraintDuplicateMutableAccount', names[i]);
      if (!inRegisters) g.loadRecord('r2', names[i]);
      for (let j = 0; j < i; j++) {
        if (inRegisters) a.jumpIf('jeq', RECORDS[i], RECORDS[j], fail);
        else {
          g.loadRecord('r3', names[j]);
          a.jumpIf('jeq', 'r2', 'r3', fail);
        }
      }
    }
    a.jump(done);
  });
  names.forEach((name, i) => {
    g.loadRecord(held(i), name);
    if (i > 0) a.jumpIf('jle', held(i), held(i - 1), unordered);
  });
  a.bind(done);
}
