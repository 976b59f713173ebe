// Helper function calls inside lowered IR bodies, and the accounts they write.
// In: IR statements (an instruction's or a function's body) and the functions lowered so far.
// Out: every call (statement or expression, at any depth), and the accounts a body passes to parameters its
// callees write: the callers of a writing function must hold those accounts `mut` too.
import type { CallArg, FunctionDef, Stmt } from '../ir/types.js';
import { someExpr, walkStatements } from '../ir/walk.js';

/** Calls `visit` for every helper function call in `body`: call statements first, then calls inside expressions. */
export function forEachCall(body: readonly Stmt[], visit: (fn: string, args: readonly CallArg[]) => void): void {
  for (const s of walkStatements(body)) if (s.kind === 'call') visit(s.fn, s.args);
  someExpr(body, (e) => {
    if (e.kind === 'call') visit(e.fn, e.args);
    return false;
  });
}

/** The accounts `body` passes to a parameter that its callee (or a function the callee calls) writes. */
export function accountsWrittenByCalls(body: readonly Stmt[], functions: Iterable<FunctionDef>): Set<string> {
  const byName = new Map([...functions].map((f) => [f.name, f]));
  const written = new Set<string>();
  forEachCall(body, (fn, args) => {
    const callee = byName.get(fn);
    if (!callee) throw new Error(`internal: call of unknown function ${fn}`);
    callee.params.forEach((p, i) => {
      const arg = args[i];
      if (p.kind === 'account' && p.mut && arg?.kind === 'account') written.add(arg.account);
    });
  });
  return written;
}
