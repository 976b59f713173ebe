// IR statements → the lines of an Anchor handler or helper function body.
// In: Stmts, the expression scope and the block indent. Out: rustfmt-style lines: assignments, `let`,
// `if`/`else if`, `require!`, `emit!`, `msg!`, `return Ok(…)`, helper calls, and the System Program and SPL
// Token CPIs.
import type { Expr, Instruction, Stmt } from '../../ir/types.js';
import { assignment, call, flat, INDENT, layout, macro, pad, statement, text, type Doc } from './format.js';
import { createMintDoc, systemTransferDoc, tokenCpiDoc } from './cpi.js';
import { programCpiDoc } from './callees.js';
import { elementDoc, exprDoc, exprType, helperCall, structLiteral, typedDoc, valueDoc, type ExprScope } from './expressions.js';
import { escapeFormat, escapeString, isCopy, rustType } from './types.js';
import { someExpr, walkStatements } from '../../ir/walk.js';

export interface BodyScope extends ExprScope {
  /** The instruction whose handler this is (its program accounts serve CPIs); null in a helper function. */
  ix: Instruction | null;
  /** Name of the program's `#[error_code]` enum. */
  errorEnum: string;
  /** Locals assigned after their `let`. */
  reassigned: ReadonlySet<string>;
  /** Per token CPI, the token accounts and mints to reload after it (BodyUsage.reloads). */
  reloads: ReadonlyMap<Stmt, string[]>;
}

export function emitBlock(stmts: Stmt[], scope: BodyScope, indent: number): string[] {
  return stmts.flatMap((s) => emitStmt(s, scope, indent));
}

function emitStmt(s: Stmt, scope: BodyScope, indent: number): string[] {
  switch (s.kind) {
    case 'assign': {
      if (s.place.kind === 'element') return [assignment(flat(elementDoc(s.place, scope)), valueDoc(s.value, scope), indent)];
      const lhs = s.place.kind === 'field' ? [s.place.account, ...s.place.path].join('.') : s.place.name;
      return [assignment(lhs, valueDoc(s.value, scope), indent)];
    }
    case 'let': {
      // A `let` the body never assigns again stays immutable in Rust, or rustc warns about the `mut`.
      const binding = s.mutable && scope.reassigned.has(s.name) ? `mut ${s.name}` : s.name;
      return [assignment(`let ${binding}: ${rustType(s.type)}`, valueDoc(s.value, scope), indent)];
    }
    case 'if': return emitIf(s, scope, indent);
    case 'return': return [statement(returnDoc(s.value, scope), indent)];
    case 'call': return [statement(helperCall(s.fn, s.args, scope), indent)];
    case 'require': {
      // The line of `require!` is the error's origin (`AnchorError thrown in file:line`).
      const name = scope.origins?.macroName(s, 'require') ?? 'require';
      return [statement(macro(name, [exprDoc(s.cond, scope), text(`${scope.errorEnum}::${s.error}`)]), indent)];
    }
    case 'emit': return [statement(macro('emit', [structLiteral(s.event, s.fields, scope)]), indent)];
    case 'log': return [statement(logMacro(s.parts, scope), indent)];
    case 'systemTransfer': return [statement(systemTransferDoc(s, scope), indent)];
    case 'tokenCpi': {
      // Accounts the CPI changed and the body reads later are read afresh, as the DSL reads them.
      const reloads = scope.reloads.get(s) ?? [];
      return [...mintCreation(s, scope, indent), statement(tokenCpiDoc(s, scope), indent), ...reloads.map((name) => `${pad(indent)}${name}.reload()?;`)];
    }
    case 'programCpi': {
      const reloads = scope.reloads.get(s) ?? [];
      return [statement(programCpiDoc(s, scope), indent), ...reloads.map((name) => `${pad(indent)}${name}.reload()?;`)];
    }
  }
}

/** Before InitializeMint2: its account created while it holds no lamports (does not exist yet). */
function mintCreation(s: Stmt & { kind: 'tokenCpi' }, scope: BodyScope, indent: number): string[] {
  if (!s.createMint) return [];
  return [`${pad(indent)}if ${s.accounts.mint}.lamports() == 0 {`, statement(createMintDoc(s, scope), indent + INDENT), `${pad(indent)}}`];
}

/** `Ok(value)` (or `Ok(())`) for a body's result; `return` in front of it unless it is the tail expression. */
export function okDoc(value: Expr | undefined, scope: ExprScope): Doc {
  return call('Ok', [value ? valueDoc(value, scope) : text('()')]);
}

const returnDoc = (value: Expr | undefined, scope: ExprScope): Doc => ({ kind: 'wrap', open: 'return ', inner: okDoc(value, scope), close: '' });

function emitIf(stmt: Stmt & { kind: 'if' }, scope: BodyScope, indent: number): string[] {
  const inner = indent + INDENT;
  const s = bindingForm(stmt);
  const lines = [condHead(`${pad(indent)}if `, s, scope, indent), ...emitBlock(s.then, scope, inner)];
  let rest = s.else;
  // `else { if … }` with nothing else in it reads as `else if`, as rustfmt and people write it.
  while (rest.length === 1 && rest[0].kind === 'if') {
    const next = bindingForm(rest[0]);
    lines.push(condHead(`${pad(indent)}} else if `, next, scope, indent), ...emitBlock(next.then, scope, inner));
    rest = next.else;
  }
  if (rest.length > 0) lines.push(`${pad(indent)}} else {`, ...emitBlock(rest, scope, inner));
  lines.push(`${pad(indent)}}`);
  return lines;
}

/**
 * An `if` on whether an optional argument holds a value, put so that its `then` is the branch that binds the
 * value (`if let Some(x) = x`, the IR's narrowing): `if !isSome(x) {a} else {b}` becomes `if isSome(x) {b}
 * else {a}`; with nothing to bind there, it stays as written (`if x.is_none() {a}`).
 */
function bindingForm(s: Stmt & { kind: 'if' }): Stmt & { kind: 'if' } {
  const c = s.cond;
  if (c.kind === 'not' && c.operand.kind === 'isSome' && s.else.length > 0) return { ...s, cond: c.operand, then: s.else, else: s.then };
  return s;
}

/** Whether `stmts` read the argument `name`, in an expression or a CPI's signer seeds. */
function readsArg(stmts: readonly Stmt[], name: string): boolean {
  if (someExpr(stmts, (e) => e.kind === 'arg' && e.name === name)) return true;
  return [...walkStatements(stmts)].some((s) =>
    (s.kind === 'tokenCpi' || s.kind === 'systemTransfer') && (s.signerSeeds ?? []).some((seed) => seed.kind === 'arg' && seed.arg === name));
}

/** `if cond {` (`if let Some(x) = x {` when it binds); a condition broken over lines puts the brace on its own line, as rustfmt does. */
function condHead(head: string, s: Stmt & { kind: 'if' }, scope: BodyScope, indent: number): string {
  const tested = s.cond.kind === 'isSome' && s.cond.value.kind === 'arg' ? s.cond.value : null;
  // Only a branch that reads the value binds it (an unused binding is a rustc warning).
  const bound = tested && readsArg(s.then, tested.name) ? tested : null;
  if (bound) {
    // A value that is not Copy is bound from a clone, so that the option can still be read afterwards.
    const source = isCopy(exprType(bound)) ? bound.name : `${bound.name}.clone()`;
    return `${head}let Some(${bound.name}) = ${source} {`;
  }
  const cond = layout(exprDoc(s.cond, scope), indent, head.length, 2);
  return cond.includes('\n') ? `${head}${cond}\n${pad(indent)}{` : `${head}${cond} {`;
}

/** `msg!`: the parts are already spaced as console.log prints them; values print with Display. */
function logMacro(parts: (string | Expr)[], scope: BodyScope): Doc {
  const values = parts.filter((p): p is Expr => typeof p !== 'string');
  if (values.length === 0) return macro('msg', [text(`"${escapeString(parts.join(''))}"`)]);
  for (const v of values) {
    const t = exprType(v);
    if (t.kind === 'vec' || t.kind === 'array' || t.kind === 'struct') throw new Error(`internal: a ${t.kind} value cannot be logged`);
  }
  const template = parts.map((p) => (typeof p === 'string' ? escapeFormat(p) : '{}')).join('');
  return macro('msg', [text(`"${template}"`), ...values.map((v) => typedDoc(v, scope))]);
}
