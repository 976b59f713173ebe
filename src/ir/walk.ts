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
  for (const s of walkStatements(body)) if (ownExprs(s).some((e) => exprSome(e, test))) return true;
  return false;
}

/** Whether `body` reads the bump found for `account`: `account.getBump()`, in an expression or as a CPI signer seed. */
export function readsBumpOf(body: readonly Stmt[], account: string): boolean {
  if (someExpr(body, (e) => e.kind === 'bump' && e.account === account)) return true;
  return [...walkStatements(body)].some((s) =>
    (s.kind === 'systemTransfer' || s.kind === 'tokenCpi') && (s.signerSeeds ?? []).some((seed) => seed.kind === 'bump' && seed.account === account));
}

/** The expressions a statement evaluates itself (an `if`: its condition, not its branches). */
export function ownExprs(s: Stmt): Expr[] {
  switch (s.kind) {
    case 'assign': return s.place.kind === 'element' ? [s.place.index, s.value] : [s.value];
    case 'let': return [s.value];
    case 'if': return [s.cond];
    case 'return': return s.value ? [s.value] : [];
    case 'call': return callValues(s.args);
    case 'require': return [s.cond];
    case 'emit': return s.fields;
    case 'log': return s.parts.filter((p): p is Expr => typeof p !== 'string');
    case 'systemTransfer': return [s.amount];
    case 'tokenCpi': return s.args;
    case 'programCpi': return s.args;
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
    case 'isSome': return exprSome(e.value, test);
    case 'convert': return exprSome(e.value, test);
    case 'element': return exprSome(e.index, test);
    case 'mulDiv': return exprSome(e.a, test) || exprSome(e.b, test) || exprSome(e.c, test);
    case 'struct': return e.fields.some((f) => exprSome(f, test));
    case 'call': return callValues(e.args).some((a) => exprSome(a, test));
    default: return false;
  }
}

/**
 * The args an instruction's account constraints need decoded before the accounts are checked: those up to the last
 * one a seed, a given bump, a mint's decimals or its freeze authority reads (Anchor's `#[instruction(a: T, …)]`
 * lists them in order, from the first).
 */
export function constraintArgs(ix: Instruction): Arg[] {
  const used = new Set<string>();
  const reads = (value: Expr): void => { exprSome(value, (e) => { if (e.kind === 'arg') used.add(e.name); return false; }); };
  for (const param of ix.accounts) {
    if (param.mint) {
      reads(param.mint.decimals);
      if (param.mint.freezeAuthority) reads(param.mint.freezeAuthority);
    }
    if (!param.pda) continue;
    for (const s of param.pda.seeds) if (s.kind === 'arg') used.add(s.arg);
    if (param.pda.bump.kind === 'given') reads(param.pda.bump.value);
  }
  let last = -1;
  ix.args.forEach((a, i) => { if (used.has(a.name)) last = i; });
  return ix.args.slice(0, last + 1);
}
