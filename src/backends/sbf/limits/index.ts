// The sBPF backend's limits, checked on the IR before code generation starts: what this backend cannot
// compile yet, what would not fit the VM's stack frames and heap, and error lines too long for its log
// buffer. In: an IR Program and the error origins the Anchor backend reports (errorOrigins), which the
// error lines contain. Out: one located diagnostic per construct over a limit, each with its own catalogue
// code (6002–6009), in source order; none means emitSbf cannot fail on the program.
import type { Diagnostic } from '../../../diagnostics/diagnostic.js';
import type { Expr, Program, Stmt } from '../../../ir/types.js';
import { checkConstructs } from './constructs.js';
import { checkErrorLines } from './errorlines.js';
import { checkHeap } from './heap.js';
import { checkStack } from './stack.js';

export function checkSbfLimits(program: Program, origins: ReadonlyMap<Stmt | Expr, string>): Diagnostic[] {
  const found = [...checkConstructs(program), ...checkErrorLines(program, origins), ...checkStack(program), ...checkHeap(program)];
  return found.sort((a, b) => (a.span?.line ?? 0) - (b.span?.line ?? 0) || (a.span?.col ?? 0) - (b.span?.col ?? 0));
}
