// Traversal of IR statement bodies. In: statements. Out: every statement and expression, depth first,
// for analyses that must not miss a nested node (e.g. "does this handler read the Clock?").
import type { Arg, CallArg, Expr, Instruction, Stmt } from './types.js';

/** Every statement of `stmts`, depth first through `if` branches. */
export function* walkStatements(stmts: readonly Stmt[]): Generator<Stmt> {
  for (const s of stmts) {
    yield s;
    if (s.kind === 'if') {
      yield* walkStatements(s.then);
      yield* walkStatements(s.else);
    }
  }
}

export function someExpr(body: readonly Stmt[], test: (e: Expr) => boolean): boolean {
  return body.some((s) => stmtExprs(s).some((e) => exprSome(e, test)));
}

function stmtExprs(s: Stmt): Expr[] {
  switch (s.kind) {
    case 'assign': return [s.value];
    case 'let': return [s.value];
    case 'if': return [s.cond, ...s.then.flatMap(stmtExprs), ...s.else.flatMap(stmtExprs)];
    case 'return': return s.value ? [s.value] : [];
    case 'call': return callValues(s.args);
    case 'require': return [s.cond];
    case 'emit': return s.fields;
    case 'log': return s.parts.filter((p): p is Expr => typeof p !== 'string');
    case 'systemTransfer': return [s.amount];
    case 'tokenCpi': return s.args;
  }
}

/** The value arguments of a helper function call (account arguments are names, not expressions). */
function callValues(args: readonly CallArg[]): Expr[] {
  return args.flatMap((a) => (a.kind === 'value' ? [a.value] : []));
}

/** Whether `e` or any expression inside it passes `test`. */
export function exprSome(e: Expr, test: (e: Expr) => boolean): boolean {
  if (test(e)) return true;
  switch (e.kind) {
    case 'arith': case 'minmax': case 'compare': case 'logic':
      return exprSome(e.left, test) || exprSome(e.right, test);
    case 'not': return exprSome(e.operand, test);
    case 'convert': return exprSome(e.value, test);
    case 'mulDiv': return exprSome(e.a, test) || exprSome(e.b, test) || exprSome(e.c, test);
    case 'struct': return e.fields.some((f) => exprSome(f, test));
    case 'call': return callValues(e.args).some((a) => exprSome(a, test));
    default: return false;
  }
}

/**
 * The args an instruction's account constraints need decoded before the accounts are checked: those up to the last
 * one a seed or a given bump reads (Anchor's `#[instruction(a: T, …)]` lists them in order, from the first).
 */
export function constraintArgs(ix: Instruction): Arg[] {
  const used = new Set<string>();
  for (const param of ix.accounts) {
    if (!param.pda) continue;
    for (const s of param.pda.seeds) if (s.kind === 'arg') used.add(s.arg);
    const bump = param.pda.bump;
    if (bump.kind === 'given') exprSome(bump.value, (e) => { if (e.kind === 'arg') used.add(e.name); return false; });
  }
  let last = -1;
  ix.args.forEach((a, i) => { if (used.has(a.name)) last = i; });
  return ix.args.slice(0, last + 1);
}
