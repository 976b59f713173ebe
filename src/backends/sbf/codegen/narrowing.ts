// The IR's narrowing of optional arguments (`if (x) { … x … }`, Rust `if let Some(x) = x`) in the sBPF
// backend. In: an `if` statement and which of its branches is being emitted. Out: while that branch is
// emitted, the argument's view points at the value inside the option (one byte past its tag), with the
// inner type, so every read of `x` there (expressions, seeds, CPIs) reads the value.
import type { Expr, Stmt } from '../../../ir/types.js';
import type { ArgAddress, InstructionGen } from './context.js';

/** The optional argument `cond` tests, and whether the test is true when it holds a value. */
function testedOption(cond: Expr): { name: string; some: boolean } | null {
  if (cond.kind === 'isSome' && cond.value.kind === 'arg') return { name: cond.value.name, some: true };
  if (cond.kind === 'not') {
    const inner = testedOption(cond.operand);
    return inner && { ...inner, some: !inner.some };
  }
  return null;
}

/** Runs `emit` (one branch of `s`) with the tested argument narrowed when that branch is the one where it holds a value. */
export function withNarrowing(g: InstructionGen, s: Stmt & { kind: 'if' }, branch: 'then' | 'else', emit: () => void): void {
  const tested = testedOption(s.cond);
  if (!tested || tested.some !== (branch === 'then')) return emit();
  const view = g.arg(tested.name);
  if (view.type.kind !== 'option') throw new Error(`internal: ${tested.name} is tested as an option but is a ${view.type.kind}`);
  g.args.set(tested.name, { name: view.name, type: view.type.inner, address: pastTag(view.address) });
  try {
    emit();
  } finally {
    g.args.set(tested.name, view);
  }
}

function pastTag(address: ArgAddress): ArgAddress {
  switch (address.kind) {
    case 'ixData': return { kind: 'ixData', offset: address.offset + 1 };
    case 'heap': return { kind: 'heap', offset: address.offset + 1 };
    case 'frame': return { kind: 'frame', offset: address.offset + 1 };
    case 'slot': throw new Error('internal: an optional argument read in place after a variable-length one');
  }
}
