// Method calls that produce values: integer math and comparisons, conversions, Pubkey comparisons,
// `acc.getBump()`, the Clock sysvar, and the results of helper functions (functioncalls.ts).
// In: a call expression in value position. Out: an IR Expr, or null after a diagnostic.
import { ts } from './typescript.js';
import type { ArithOp, CompareOp, Expr, IntName, Type } from '../ir/types.js';
import { Messages } from '../diagnostics/messages.js';
import type { BodyEnv, Scope } from './scope.js';
import { exprType, lowerExpr, lowerUnchecked, pascalInt } from './expressions.js';
import { typeText } from './types.js';
import { calledFunction, lowerCallValue } from './functioncalls.js';

const ARITH: Record<string, ArithOp> = { add: 'add', sub: 'sub', mul: 'mul', div: 'div', mod: 'mod' };
const COMPARE: Record<string, CompareOp> = { eq: 'eq', neq: 'ne', lt: 'lt', lte: 'le', gt: 'gt', gte: 'ge' };
const CONVERSIONS: Record<string, IntName> = {
  toU8: 'u8', toI8: 'i8', toU16: 'u16', toI16: 'i16', toU32: 'u32', toI32: 'i32',
  toU64: 'u64', toI64: 'i64', toU128: 'u128', toI128: 'i128',
};
const CLOCK: Record<string, { field: 'unixTimestamp' | 'slot' | 'epoch'; int: IntName }> = {
  unixTimestamp: { field: 'unixTimestamp', int: 'i64' }, slot: { field: 'slot', int: 'u64' }, epoch: { field: 'epoch', int: 'u64' },
};
/** Account methods that are constraints: they belong in top-level statements, never in values. */
export const CONSTRAINT_METHODS: ReadonlySet<string> = new Set(['derive', 'deriveWithBump', 'init', 'initIfNeeded', 'zero', 'close', 'has', 'constraints']);

/** An account constraint outside the top level of an instruction body: nested in a block, or in a function. */
export function reportMisplacedConstraint(env: BodyEnv, node: ts.Node, method: string): void {
  const fn = env.inFunction;
  if (fn) env.ctx.error(Messages.ConstraintInFunction, node, method, fn.decl.name!.text);
  else env.ctx.error(Messages.ConstraintNotTopLevel, node, method);
}

/** What a program writes instead of a JavaScript library call it commonly reaches for. */
const LIBRARY_CALL_HINTS: Readonly<Record<string, string>> = {
  'Date.now': "the cluster's time is Clock.unixTimestamp() (an i64 of seconds)",
  'Math.max': 'the larger of two integers is a.max(b)',
  'Math.min': 'the smaller of two integers is a.min(b)',
  'Math.floor': 'integer division already rounds down: a.div(b)',
  'Math.trunc': 'integer division already rounds toward zero: a.div(b)',
  'Math.random': 'a program must compute the same result on every validator: there is no randomness on-chain',
};

export function lowerMethodCall(env: BodyEnv, scope: Scope, call: ts.CallExpression): Expr | null {
  const { ctx } = env;
  const callee = call.expression;
  const fn = calledFunction(env, callee);
  if (fn) return lowerCallValue(env, scope, call, fn);
  if (!ts.isPropertyAccessExpression(callee) || !ts.isIdentifier(callee.name)) {
    ctx.error(Messages.UnsupportedCall, callee, callee.getText(ctx.sourceFile));
    return null;
  }
  const method = callee.name.text;
  const receiver = callee.expression;
  if (ts.isIdentifier(receiver)) {
    if (ctx.dslName(receiver) === 'Clock' && CLOCK[method] && call.arguments.length === 0) {
      const { field, int } = CLOCK[method];
      return { kind: 'clock', field, type: { kind: 'int', name: int } };
    }
    const b = scope.lookup(receiver.text);
    if (b?.kind === 'account') {
      if (method === 'getBump') {
        // Anchor has no bump for an associated token account: its PDA belongs to another program.
        if (env.inFunction) ctx.error(Messages.BumpInFunction, call, receiver.text, env.inFunction.decl.name!.text);
        else if (b.param.account.kind === 'associatedTokenAccount') ctx.error(Messages.AssociatedTokenBump, call, receiver.text);
        // Anchor keeps in ctx.bumps only the bumps it searched; a given bump (`deriveWithBump`) is that value,
        // except on an init, where Anchor searches the bump whatever was given.
        else if (b.param.pda) return b.param.pda.bump.kind === 'given' && !b.param.init ? structuredClone(b.param.pda.bump.value) : { kind: 'bump', account: b.param.name, type: { kind: 'int', name: 'u8' } };
        else ctx.error(Messages.GetBumpWithoutDerive, call, receiver.text);
      } else if (CONSTRAINT_METHODS.has(method)) reportMisplacedConstraint(env, call, method);
      else ctx.error(Messages.UnsupportedCall, callee, callee.getText(ctx.sourceFile));
      return null;
    }
    if (!b) {
      // `Math.max(…)`, `JSON.stringify(…)`: library objects do not exist on-chain; the common ones name the DSL's way.
      const text = callee.getText(ctx.sourceFile);
      const hint = LIBRARY_CALL_HINTS[text];
      if (hint) ctx.error(Messages.LibraryCall, callee, text, hint);
      else ctx.error(Messages.UnsupportedCall, callee, text);
      return null;
    }
  }
  if (method === 'toBytes') {
    ctx.error(Messages.ToBytesOutsideSeeds, callee.name);
    return null;
  }
  const left = lowerExpr(env, scope, receiver);
  if (!left) return null;
  const leftType = exprType(left);
  if (leftType.kind === 'int') return lowerIntMethod(env, scope, call, method, left, leftType);
  if (leftType.kind === 'pubkey' && (method === 'eq' || method === 'neq') && call.arguments.length === 1) {
    const right = lowerExpr(env, scope, call.arguments[0], leftType);
    return right && { kind: 'compare', op: COMPARE[method], left, right, type: { kind: 'bool' } };
  }
  ctx.error(Messages.UnsupportedCall, callee, callee.getText(ctx.sourceFile));
  return null;
}

function lowerIntMethod(env: BodyEnv, scope: Scope, call: ts.CallExpression, method: string, left: Expr, type: Type & { kind: 'int' }): Expr | null {
  const args = call.arguments;
  const convert = CONVERSIONS[method];
  if (convert && args.length === 0) {
    // Converting to the same width is the identity; Rust would warn about a useless conversion.
    return convert === type.name ? left : { kind: 'convert', value: left, type: { kind: 'int', name: convert } };
  }
  if (method === 'mulDiv' && args.length === 2) {
    const b = lowerIntOperand(env, scope, args[0], type);
    const c = lowerIntOperand(env, scope, args[1], type);
    return b && c && { kind: 'mulDiv', a: left, b, c, type };
  }
  if (args.length === 1 && (ARITH[method] || COMPARE[method] || method === 'min' || method === 'max')) {
    const right = lowerIntOperand(env, scope, args[0], type);
    if (!right) return null;
    if (ARITH[method]) return { kind: 'arith', op: ARITH[method], left, right, type };
    if (COMPARE[method]) return { kind: 'compare', op: COMPARE[method], left, right, type: { kind: 'bool' } };
    return { kind: 'minmax', op: method as 'min' | 'max', left, right, type };
  }
  env.ctx.error(Messages.UnsupportedCall, call.expression, call.expression.getText(env.ctx.sourceFile));
  return null;
}

/** The right-hand operand of integer math: a literal takes the left side's type; other ints must match. */
function lowerIntOperand(env: BodyEnv, scope: Scope, node: ts.Expression, type: Type & { kind: 'int' }): Expr | null {
  const e = lowerUnchecked(env, scope, node, type);
  if (!e) return null;
  const t = exprType(e);
  if (t.kind === 'int' && t.name !== type.name) {
    env.ctx.error(Messages.IntMix, node, type.name, t.name, pascalInt(type.name));
    return null;
  }
  if (t.kind !== 'int') {
    env.ctx.error(Messages.TypeMismatch, node, type.name, typeText(t));
    return null;
  }
  return e;
}
