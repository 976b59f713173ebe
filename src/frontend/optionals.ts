// Optional instruction arguments: `x?: T` and `x: T | undefined`.
// In: a parameter's type annotation, and conditions and reads of such an argument in a body.
// Out: the `option` IR type; `isSome` conditions (`x`, `!x`, `x !== undefined`, `x === undefined`); the
// scopes of an `if`'s branches, where the branch that knows x holds a value reads x as that value (the IR's
// `if let Some(x) = x`); the option value itself where a call takes one; diagnostics for every other use.
import { ts } from './typescript.js';
import type { Expr, Type } from '../ir/types.js';
import { Messages } from '../diagnostics/messages.js';
import type { LowerContext } from './context.js';
import type { ArgBinding, BodyEnv, Scope } from './scope.js';
import { isUnboundedString, lowerTypeNode, UNBOUNDED_STRING_ARGUMENT, type StructResolver } from './types.js';

/** `T` of `T | undefined` (in either order), or undefined when `node` is not that union. */
export function undefinedUnionMember(node: ts.TypeNode): ts.TypeNode | undefined {
  if (!ts.isUnionTypeNode(node) || node.types.length !== 2) return undefined;
  const [a, b] = node.types;
  if (b.kind === ts.SyntaxKind.UndefinedKeyword && a.kind !== ts.SyntaxKind.UndefinedKeyword) return a;
  if (a.kind === ts.SyntaxKind.UndefinedKeyword && b.kind !== ts.SyntaxKind.UndefinedKeyword) return b;
  return undefined;
}

/** The type of an instruction argument: `option` when it is declared `x?: T` or `x: T | undefined`. */
export function lowerArgType(ctx: LowerContext, p: ts.ParameterDeclaration & { type: ts.TypeNode }, structs: StructResolver): Type | null {
  const member = undefinedUnionMember(p.type);
  const valueType = member ?? p.type;
  // An unbounded string (Poseidon's `name: String`) is an argument a transaction bounds.
  const inner = isUnboundedString(ctx, valueType) ? UNBOUNDED_STRING_ARGUMENT : lowerTypeNode(ctx, valueType, structs);
  if (!inner) return null;
  return p.questionToken || member ? { kind: 'option', inner } : inner;
}

/** The binding of an optional argument not narrowed in this scope, when `node` names one. */
function optionBinding(scope: Scope, node: ts.Expression): ArgBinding | undefined {
  const e = skipParens(node);
  const b = ts.isIdentifier(e) ? scope.lookup(e.text) : undefined;
  return b?.kind === 'arg' && b.arg.type.kind === 'option' ? b : undefined;
}

const skipParens = (node: ts.Expression): ts.Expression => (ts.isParenthesizedExpression(node) ? skipParens(node.expression) : node);

const isUndefined = (node: ts.Expression): boolean => {
  const e = skipParens(node);
  return (ts.isIdentifier(e) && e.text === 'undefined') || e.kind === ts.SyntaxKind.VoidExpression;
};

const EQUALITY: ReadonlyMap<ts.SyntaxKind, boolean> = new Map([
  [ts.SyntaxKind.ExclamationEqualsEqualsToken, true], [ts.SyntaxKind.ExclamationEqualsToken, true],
  [ts.SyntaxKind.EqualsEqualsEqualsToken, false], [ts.SyntaxKind.EqualsEqualsToken, false],
]);

/**
 * A test of one optional argument that TypeScript narrows on: `x`, `x !== undefined` (`!=`, either side),
 * `x === undefined`, and `!` of any of them. `some` says whether the test is true when x holds a value.
 */
function optionTest(scope: Scope, node: ts.Expression): { binding: ArgBinding; node: ts.Identifier; some: boolean } | undefined {
  const e = skipParens(node);
  if (ts.isPrefixUnaryExpression(e) && e.operator === ts.SyntaxKind.ExclamationToken) {
    const inner = optionTest(scope, e.operand);
    return inner && { ...inner, some: !inner.some };
  }
  if (ts.isBinaryExpression(e) && EQUALITY.has(e.operatorToken.kind)) {
    const side = isUndefined(e.right) ? e.left : isUndefined(e.left) ? e.right : undefined;
    const binding = side && optionBinding(scope, side);
    return binding && { binding, node: skipParens(side) as ts.Identifier, some: EQUALITY.get(e.operatorToken.kind)! };
  }
  const binding = optionBinding(scope, e);
  return binding && { binding, node: e as ts.Identifier, some: true };
}

/**
 * A condition on an optional argument as a boolean (`isSome`, negated for `x === undefined`); undefined when
 * `node` is no such test, so the caller lowers it as usual. `!x` is `!` applied to the test `x`; a bare `x`
 * is a test only where a Boolean is expected.
 */
export function lowerOptionTest(env: BodyEnv, scope: Scope, node: ts.Expression, expected: Type | undefined): Expr | null | undefined {
  const e = skipParens(node);
  if (ts.isPrefixUnaryExpression(e) || (ts.isIdentifier(e) && expected?.kind !== 'bool')) return undefined;
  const test = optionTest(scope, e);
  if (!test) return undefined;
  const { arg } = test.binding;
  // `x` alone tests truthiness: for an optional Boolean, Some(false) is falsy, which is not `isSome`.
  if (ts.isIdentifier(e) && arg.type.kind === 'option' && arg.type.inner.kind === 'bool') {
    env.ctx.error(Messages.OptionalBoolTest, e, e.text);
    return null;
  }
  const isSome: Expr = { kind: 'isSome', value: { kind: 'arg', name: arg.name, type: arg.type }, type: { kind: 'bool' } };
  return test.some ? isSome : { kind: 'not', operand: isSome, type: { kind: 'bool' } };
}

/**
 * The scopes of an `if`'s branches: when the condition is a test of one optional argument, the branch where it
 * holds a value declares it again with the inner type (what the IR's `if` on `isSome` binds).
 */
export function branchScopes(scope: Scope, cond: ts.Expression): { then: Scope; else: Scope } {
  const test = optionTest(scope, cond);
  const arg = test?.binding.arg;
  if (!test || arg?.type.kind !== 'option') return { then: scope, else: scope };
  const narrowed = scope.child();
  narrowed.declare(test.node.text, { kind: 'arg', arg: { ...arg, type: arg.type.inner } });
  return test.some ? { then: narrowed, else: scope } : { then: scope, else: narrowed };
}

/**
 * A read of an optional argument outside a branch that narrowed it: an error, unless TypeScript still types it
 * `T | undefined` and the caller takes an optional value (then the option itself). TypeScript may have narrowed
 * it in ways the IR cannot express (`if (x && y)`, an early `return`): those are reported too.
 */
export function lowerOptionRead(env: BodyEnv, node: ts.Identifier, binding: ArgBinding, optionTaken: boolean): Expr | null {
  const { ctx } = env;
  const type = ctx.checker.getTypeAtLocation(node);
  const mayBeUndefined = type.isUnion() ? type.types.some((t) => t.flags & ts.TypeFlags.Undefined) : (type.flags & ts.TypeFlags.Undefined) !== 0;
  if (!mayBeUndefined) ctx.error(Messages.NarrowingNotFollowed, node, node.text);
  else if (!optionTaken) ctx.error(Messages.OptionalValueUse, node, node.text);
  else return { kind: 'arg', name: binding.arg.name, type: binding.arg.type };
  return null;
}

/** Where a call takes an optional value of type `inner`: the optional argument itself, or the value `lower` gives. */
export function lowerMaybeOption(env: BodyEnv, scope: Scope, node: ts.Expression, lower: () => Expr | null): Expr | null {
  const binding = optionBinding(scope, node);
  return binding ? lowerOptionRead(env, skipParens(node) as ts.Identifier, binding, true) : lower();
}
