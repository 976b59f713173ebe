// IR expressions → Rust expression Docs for handler bodies and constraint attributes.
// In: an Expr and the scope it is read in (the accounts in reach, which names are moved or cloned, how helper
// functions are named, where error origins are recorded). Out: a Doc (see format.ts), with checked arithmetic
// spelled `a.checked_add(b).ok_or(ProgramError::ArithmeticOverflow)?` and helper calls `helpers::f(a, b)?`.
import { programAnchorFacts } from '../../ir/anchor-version.js';
import type { AccountKind, ArithOp, CallArg, CompareOp, Expr, Program, Type } from '../../ir/types.js';
import { call, chain, flat, macro, text, type ChainLink, type Doc } from './format.js';
import type { OriginRecorder } from './origins.js';
import { accountFieldDoc } from './token.js';
import { escapeString, isCopy, isLosslessWidening } from './types.js';
import { zeroCopyDef } from '../../ir/zerocopy.js';

/** An account in reach of a body: an instruction's account parameter, or a helper function's account parameter. */
export interface AccountRef {
  name: string;
  account: AccountKind;
}

export interface ExprScope {
  program: Program;
  /** The accounts the body can name: their kinds decide how a field read is spelled. */
  accounts: readonly AccountRef[];
  /** The path of a helper function at a call: `helpers::f` in a handler, `f` inside `helpers`. */
  helperPath: (fn: string) => string;
  /** How often each arg/local is read in the handler: a non-Copy one read once is moved, else cloned. */
  reads: Map<string, number>;
  /** Records the `file:line` of error macros when the caller asks for error origins (index.ts). */
  origins?: OriginRecorder;
  /** The handler's Context parameter (CrateNames.context); a helper function has none. */
  context?: string;
}

/** Operator precedence, loosest first; postfix covers paths, literals, calls and method chains. */
const enum Prec { Or, And, Compare, Unary, Postfix }

interface Emitted { doc: Doc; prec: Prec }

const OVERFLOW = text('ProgramError::ArithmeticOverflow');
const CHECKED: Record<ArithOp, string> = {
  add: 'checked_add', sub: 'checked_sub', mul: 'checked_mul', div: 'checked_div', mod: 'checked_rem',
};
const COMPARE: Record<CompareOp, string> = { eq: '==', ne: '!=', lt: '<', le: '<=', gt: '>', ge: '>=' };

export function exprType(e: Expr): Type {
  return e.kind === 'bool' ? { kind: 'bool' } : e.type;
}

/** An expression read by reference (comparisons, arithmetic operands, seeds). */
export function exprDoc(e: Expr, scope: ExprScope): Doc {
  return emit(e, scope).doc;
}

/** An expression whose value is moved into a place, a struct field or an argument. */
export function valueDoc(e: Expr, scope: ExprScope): Doc {
  const doc = exprDoc(e, scope);
  return needsClone(e, scope) ? chain(doc, [{ method: 'clone', args: [] }]) : doc;
}

/** An expression where Rust cannot infer a literal's type (`msg!` arguments): literals get a suffix. */
export function typedDoc(e: Expr, scope: ExprScope): Doc {
  return e.kind === 'int' ? text(intLiteral(e, true)) : exprDoc(e, scope);
}

function needsClone(e: Expr, scope: ExprScope): boolean {
  if (isCopy(exprType(e))) return false;
  // A field is moved out of something that lives on (an account, or an arg that may be read again).
  if (e.kind === 'field' || (e.kind === 'arg' && e.path)) return true;
  if (e.kind === 'arg' || e.kind === 'local') return (scope.reads.get(e.name) ?? 0) > 1;
  return false;
}

const postfix = (doc: Doc): Emitted => ({ doc, prec: Prec.Postfix });

function emit(e: Expr, scope: ExprScope): Emitted {
  switch (e.kind) {
    case 'int':
      return { doc: text(intLiteral(e, false)), prec: e.value < 0n ? Prec.Unary : Prec.Postfix };
    case 'bool': return postfix(text(String(e.value)));
    case 'string': return postfix(chain(text(`"${escapeString(e.value)}"`), [{ method: 'to_string', args: [] }]));
    case 'arg': return postfix(chain(text(e.name), (e.path ?? []).map((field) => ({ field }))));
    case 'local': return postfix(text(e.name));
    case 'field': return postfix(accountFieldDoc(text(e.account), e.account, e.path, scope.accounts));
    case 'element': return postfix(elementDoc(e, scope));
    case 'accountKey': {
      // A zero-copy account's name holds its loaded data in the handler (instruction.ts): the key is the loader's.
      const param = scope.accounts.find((a) => a.name === e.account);
      const root = param && zeroCopyDef(scope.program, param.account) && scope.context ? `${scope.context}.accounts.${e.account}` : e.account;
      return postfix(chain(text(root), [{ method: 'key', args: [] }]));
    }
    case 'bump': {
      if (!scope.context) throw new Error(`internal: ${e.account}'s bump read where there is no Context`);
      return postfix(chain(text(scope.context), [{ field: 'bumps' }, { field: e.account }]));
    }
    case 'pubkey': return postfix(macro('pubkey', [text(`"${e.base58}"`)]));
    case 'arith':
      return postfix(checked(receiver(e.left, scope), CHECKED[e.op], exprDoc(e.right, scope)));
    case 'minmax':
      return postfix(chain(receiver(e.left, scope), [{ method: e.op, args: [exprDoc(e.right, scope)] }]));
    case 'compare': return emitCompare(e, scope);
    case 'not':
      // `!x.is_some()` reads as `x.is_none()`.
      if (e.operand.kind === 'isSome') return postfix(chain(receiver(e.operand.value, scope), [{ method: 'is_none', args: [] }]));
      return { doc: { kind: 'wrap', open: '!', inner: operand(e.operand, Prec.Unary, scope), close: '' }, prec: Prec.Unary };
    case 'isSome': return postfix(chain(receiver(e.value, scope), [{ method: 'is_some', args: [] }]));
    case 'logic': return emitLogic(e, scope);
    case 'mulDiv': return postfix(emitMulDiv(e, scope));
    case 'convert': return postfix(emitConvert(e, scope));
    case 'clock': return postfix(chain(text('Clock::get()?'), [{ field: CLOCK_FIELD[e.field] }]));
    case 'struct': return postfix(structLiteral(e.name, e.fields, scope));
    case 'call': return postfix(helperCall(e.fn, e.args, scope));
  }
}

/**
 * `acc.cells[i as usize]`: an element of a zero-copy account's fixed array, indexed as Rust indexes (a panic past
 * the end, which Rust locates at the expression's first token: its origin). A literal index needs no cast.
 */
export function elementDoc(e: Expr & { kind: 'element' }, scope: ExprScope): Doc {
  const index = e.index.kind === 'int' ? intLiteral(e.index, false) : `${flat(operand(e.index, Prec.Postfix, scope))} as usize`;
  const account = scope.origins?.expressionStart(e, e.account) ?? e.account;
  return { kind: 'wrap', open: '', inner: chain(text(account), e.path.map((field) => ({ field }))), close: `[${index}]` };
}

/**
 * `helpers::f(acc, value)?`: an account argument is the caller's reference to it, which Rust coerces to the
 * `&T`/`&mut T` the function takes; values are moved or cloned like any other.
 */
export function helperCall(fn: string, args: readonly CallArg[], scope: ExprScope): Doc {
  const docs = args.map((a) => (a.kind === 'account' ? text(a.account) : valueDoc(a.value, scope)));
  return chain(call(scope.helperPath(fn), docs), [{ try: true }]);
}

const CLOCK_FIELD = { unixTimestamp: 'unix_timestamp', slot: 'slot', epoch: 'epoch' } as const;

function intLiteral(e: Expr & { kind: 'int' }, suffixed: boolean): string {
  return suffixed ? `${e.value}${e.type.name}` : String(e.value);
}

/** The receiver of a method call: literals need their type suffix, negative ones parentheses. */
function receiver(e: Expr, scope: ExprScope): Doc {
  if (e.kind === 'int') {
    const lit = intLiteral(e, true);
    return text(e.value < 0n ? `(${lit})` : lit);
  }
  return operand(e, Prec.Postfix, scope);
}

function operand(e: Expr, min: Prec, scope: ExprScope): Doc {
  const r = emit(e, scope);
  return r.prec >= min ? r.doc : { kind: 'wrap', open: '(', inner: r.doc, close: ')' };
}

function checked(left: Doc, method: string, right: Doc): Doc {
  const links: ChainLink[] = [{ method, args: [right] }, { method: 'ok_or', args: [OVERFLOW] }, { try: true }];
  return chain(left, links);
}

function emitCompare(e: Expr & { kind: 'compare' }, scope: ExprScope): Emitted {
  // Two bare literals would both default to i32 in Rust; give them their IR type.
  const bothLiterals = e.left.kind === 'int' && e.right.kind === 'int';
  const side = (x: Expr): Doc => (bothLiterals ? typedDoc(x, scope) : operand(x, Prec.Unary, scope));
  return { doc: { kind: 'binary', op: COMPARE[e.op], operands: [side(e.left), side(e.right)] }, prec: Prec.Compare };
}

function emitLogic(e: Expr & { kind: 'logic' }, scope: ExprScope): Emitted {
  const prec = e.op === 'and' ? Prec.And : Prec.Or;
  // `a && b && c` stays one operand list; a different operator below is parenthesized for the reader.
  const operands = (x: Expr): Doc[] =>
    x.kind === 'logic' && x.op === e.op ? [...operands(x.left), ...operands(x.right)] : [operand(x, Prec.Compare, scope)];
  return { doc: { kind: 'binary', op: e.op === 'and' ? '&&' : '||', operands: [...operands(e.left), ...operands(e.right)] }, prec };
}

/** floor(a·b/c) through a 128-bit intermediate; a result that does not fit the type overflows. */
function emitMulDiv(e: Expr & { kind: 'mulDiv' }, scope: ExprScope): Doc {
  const t = e.type.name;
  const wide = t.startsWith('i') ? 'i128' : 'u128';
  const widen = (x: Expr): Doc => {
    if (t === wide) return receiver(x, scope);
    if (x.kind === 'int') return text(x.value < 0n ? `(${x.value}${wide})` : `${x.value}${wide}`);
    return call(`${wide}::from`, [exprDoc(x, scope)]);
  };
  const product = checked(checked(widen(e.a), 'checked_mul', widen(e.b)), 'checked_div', widen(e.c));
  if (t === wide) return product;
  return chain(call(`${t}::try_from`, [product]), [
    { method: 'map_err', args: [text('|_| ProgramError::ArithmeticOverflow')] },
    { try: true },
  ]);
}

/**
 * Width conversion: lossless ones are `T::from`, the rest fail with Anchor's 4102 InvalidNumericConversion
 * (anchor-lang 0.29 has no such error: there an out-of-range value overflows, as checked arithmetic does).
 */
function emitConvert(e: Expr & { kind: 'convert' }, scope: ExprScope): Doc {
  const { value, type: { name: to } } = e;
  const from = exprType(value);
  if (from.kind !== 'int') throw new Error(`internal: convert of a non-integer ${from.kind}`);
  if (from.name === to) return exprDoc(value, scope);
  const arg = value.kind === 'int' ? text(intLiteral(value, true)) : exprDoc(value, scope);
  if (isLosslessWidening(from.name, to)) return call(`${to}::from`, [arg]);
  if (!programAnchorFacts(scope.program).hasNumericConversionError) {
    return chain(call(`${to}::try_from`, [arg]), [{ method: 'map_err', args: [text('|_| ProgramError::ArithmeticOverflow')] }, { try: true }]);
  }
  // `error!` records this line as the error's origin (`AnchorError thrown in file:line`).
  const errorMacro = scope.origins?.macroName(e, 'error') ?? 'error';
  return chain(call(`${to}::try_from`, [arg]), [
    { method: 'map_err', args: [text(`|_| ${errorMacro}!(ErrorCode::InvalidNumericConversion)`)] },
    { try: true },
  ]);
}

/** `Name { a: …, b }` for a program struct or event, fields in declaration order. */
export function structLiteral(name: string, values: Expr[], scope: ExprScope): Doc {
  const def = scope.program.structs.find((s) => s.name === name) ?? scope.program.events.find((ev) => ev.name === name);
  if (!def) throw new Error(`internal: unknown struct ${name}`);
  if (def.fields.length !== values.length) throw new Error(`internal: ${name} literal has ${values.length} fields`);
  return {
    kind: 'struct',
    name,
    fields: def.fields.map((f, i) => ({ name: f.name, value: valueDoc(values[i], scope) })),
  };
}

/** Flat Rust text of an expression, for `bump = …` inside a constraint attribute. */
export function exprText(e: Expr, scope: ExprScope): string {
  return flat(exprDoc(e, scope));
}
