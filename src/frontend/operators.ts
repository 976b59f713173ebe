// TypeScript operators on DSL values, as Poseidon programs write them: `a + b`, `count += 1`, `x > 5`,
// `a.key === b.key`, `Number(height) > 5`, `count++`.
// In: a binary, prefix or postfix expression (or such a statement, or a `Number(x)` call). Out: the IR the
// method spelling gives — `arith` for + - * / % (checked: overflow, underflow and a zero divisor fail the
// instruction exactly like .add() … .mod()), `compare` for comparisons, `logic` for && and || — or a located
// diagnostic for what has no such meaning (mixed integer types, string concatenation, a bare unary minus…).
// Also `44 as unknown as u32`: a type assertion, which TypeScript erases, types a literal and changes nothing else.
// TypeScript accepts them because the declarations type the integers as branded numbers (src/dsl/poseidon.d.ts).
import { ts } from './typescript.js';
import type { ArithOp, CompareOp, Expr, Place, Stmt, Type } from '../ir/types.js';
import { Messages } from '../diagnostics/messages.js';
import type { BodyEnv, Scope } from './scope.js';
import { exprType, lowerExpr, lowerUnchecked, pascalInt } from './expressions.js';
import { isIntLiteralNode, lowerIntLiteral } from './literals.js';
import { intTypeOfDslName, typeText } from './types.js';

const ARITH_OPERATORS: Partial<Record<ts.SyntaxKind, ArithOp>> = {
  [ts.SyntaxKind.PlusToken]: 'add', [ts.SyntaxKind.MinusToken]: 'sub', [ts.SyntaxKind.AsteriskToken]: 'mul',
  [ts.SyntaxKind.SlashToken]: 'div', [ts.SyntaxKind.PercentToken]: 'mod',
};

const COMPOUND_OPERATORS: Partial<Record<ts.SyntaxKind, ArithOp>> = {
  [ts.SyntaxKind.PlusEqualsToken]: 'add', [ts.SyntaxKind.MinusEqualsToken]: 'sub', [ts.SyntaxKind.AsteriskEqualsToken]: 'mul',
  [ts.SyntaxKind.SlashEqualsToken]: 'div', [ts.SyntaxKind.PercentEqualsToken]: 'mod',
};

// `==` and `===` mean the same on DSL values: both compare the values (on keys TypeScript would compare objects).
const COMPARE_OPERATORS: Partial<Record<ts.SyntaxKind, CompareOp>> = {
  [ts.SyntaxKind.EqualsEqualsEqualsToken]: 'eq', [ts.SyntaxKind.EqualsEqualsToken]: 'eq',
  [ts.SyntaxKind.ExclamationEqualsEqualsToken]: 'ne', [ts.SyntaxKind.ExclamationEqualsToken]: 'ne',
  [ts.SyntaxKind.LessThanToken]: 'lt', [ts.SyntaxKind.LessThanEqualsToken]: 'le',
  [ts.SyntaxKind.GreaterThanToken]: 'gt', [ts.SyntaxKind.GreaterThanEqualsToken]: 'ge',
};

export const compoundOperator = (kind: ts.SyntaxKind): ArithOp | undefined => COMPOUND_OPERATORS[kind];

/** `a op b` in value position. `expected` types literal operands of arithmetic (`count = 5 + 3`). */
export function lowerBinary(env: BodyEnv, scope: Scope, node: ts.BinaryExpression, expected: Type | undefined): Expr | null {
  const op = node.operatorToken.kind;
  if (op === ts.SyntaxKind.AmpersandAmpersandToken || op === ts.SyntaxKind.BarBarToken) {
    const left = lowerExpr(env, scope, node.left, { kind: 'bool' });
    const right = lowerExpr(env, scope, node.right, { kind: 'bool' });
    if (!left || !right) return null;
    return { kind: 'logic', op: op === ts.SyntaxKind.BarBarToken ? 'or' : 'and', left, right, type: { kind: 'bool' } };
  }
  const arith = ARITH_OPERATORS[op];
  if (arith) return lowerArith(env, scope, node, arith, node.left, node.right, expected);
  const compare = COMPARE_OPERATORS[op];
  if (compare) return lowerCompare(env, scope, node, compare);
  const text = node.operatorToken.getText(env.ctx.sourceFile);
  env.ctx.error(Messages.UnsupportedExpression, node.operatorToken, `operator '${text}'`);
  return null;
}

/** `left op right` with checked arithmetic; shared by `a + b` and `count += b` (whose left side is the place). */
function lowerArith(env: BodyEnv, scope: Scope, node: ts.BinaryExpression, op: ArithOp, leftNode: ts.Expression | Expr, right: ts.Expression, expected: Type | undefined): Expr | null {
  const { ctx } = env;
  if (op === 'add' && [node.left, node.right].some((side) => isStringLike(env, side))) {
    ctx.error(Messages.StringConcatenation, node.operatorToken);
    return null;
  }
  const operands = lowerOperands(env, scope, leftNode, right, expected?.kind === 'int' ? expected : undefined);
  if (!operands) return null;
  const [left, rightExpr] = operands;
  const type = sameIntType(env, node, left, rightExpr);
  return type && { kind: 'arith', op, left, right: rightExpr, type };
}

function lowerCompare(env: BodyEnv, scope: Scope, node: ts.BinaryExpression, op: CompareOp): Expr | null {
  const operands = lowerOperands(env, scope, node.left, node.right, undefined);
  if (!operands) return null;
  const [left, right] = operands;
  const lt = exprType(left);
  const rt = exprType(right);
  const pubkeys = lt.kind === 'pubkey' && rt.kind === 'pubkey' && (op === 'eq' || op === 'ne');
  if (!pubkeys && !sameIntType(env, node, left, right)) return null;
  return { kind: 'compare', op, left, right, type: { kind: 'bool' } };
}

/**
 * Both operands, a literal taking the type of the other side (`x > 5`, `5 <= x`) or, between two literals, the
 * type the context expects. `left` may be lowered already (the place of a compound assignment).
 */
function lowerOperands(env: BodyEnv, scope: Scope, left: ts.Expression | Expr, right: ts.Expression, expected: Type | undefined): [Expr, Expr] | null {
  const isNode = (x: ts.Expression | Expr): x is ts.Expression => 'getText' in x;
  const leftLiteral = isNode(left) && isIntLiteralNode(left);
  if (leftLiteral && !isIntLiteralNode(right)) {
    const r = lowerUnchecked(env, scope, right, expected);
    const l = r && lowerIntLiteral(env.ctx, left, exprType(r));
    return l && r ? [l, r] : null;
  }
  const l = isNode(left) ? lowerUnchecked(env, scope, left, expected) : left;
  if (!l) return null;
  const leftType = exprType(l);
  const r = lowerUnchecked(env, scope, right, leftType.kind === 'int' ? leftType : expected);
  return r ? [l, r] : null;
}

/** The integer type both operands share, or null after reporting why they do not. */
function sameIntType(env: BodyEnv, node: ts.BinaryExpression, left: Expr, right: Expr): (Type & { kind: 'int' }) | null {
  const lt = exprType(left);
  const rt = exprType(right);
  if (lt.kind === 'int' && rt.kind === 'int') {
    if (lt.name === rt.name) return lt;
    env.ctx.error(Messages.IntMix, node.operatorToken, lt.name, rt.name, pascalInt(lt.name));
    return null;
  }
  env.ctx.error(Messages.OperatorOperands, node.operatorToken, node.operatorToken.getText(env.ctx.sourceFile), typeText(lt), typeText(rt));
  return null;
}

/** What TypeScript sees as text: `+` with one of these concatenates. */
function isStringLike(env: BodyEnv, node: ts.Expression): boolean {
  return (env.ctx.checker.getTypeAtLocation(node).flags & ts.TypeFlags.StringLike) !== 0;
}

/** `count += x`, `count -= 1`… as a statement: the place becomes `place = place op x`, checked like `.add()`. */
export function lowerCompoundAssignment(env: BodyEnv, scope: Scope, node: ts.BinaryExpression, op: ArithOp, place: Place): Stmt[] {
  const value = lowerArith(env, scope, node, op, placeValue(place), node.right, place.type);
  return value ? [{ kind: 'assign', place, value, span: env.ctx.span(node) }] : [];
}

/** `count++`, `--count` as a statement: add or subtract 1, failing on overflow like `.add(1)`. */
export function lowerIncrement(env: BodyEnv, node: ts.PrefixUnaryExpression | ts.PostfixUnaryExpression, place: Place): Stmt[] {
  const text = ts.tokenToString(node.operator) ?? '';
  if (place.type.kind !== 'int') {
    env.ctx.error(Messages.TypeMismatch, node, 'an integer', typeText(place.type));
    return [];
  }
  const one: Expr = { kind: 'int', type: place.type, value: 1n };
  const value: Expr = { kind: 'arith', op: text === '++' ? 'add' : 'sub', left: placeValue(place), right: one, type: place.type };
  return [{ kind: 'assign', place, value, span: env.ctx.span(node) }];
}

function placeValue(place: Place): Expr {
  switch (place.kind) {
    case 'field': return { kind: 'field', account: place.account, path: place.path, type: place.type };
    case 'element': return { ...place };
    case 'local': return { kind: 'local', name: place.name, type: place.type };
  }
}

/** `++x` / `x--` inside a larger expression, and a unary minus on an integer value. */
export function lowerUnaryOperator(env: BodyEnv, scope: Scope, node: ts.PrefixUnaryExpression | ts.PostfixUnaryExpression): Expr | null {
  const { ctx } = env;
  if (node.operator === ts.SyntaxKind.PlusPlusToken || node.operator === ts.SyntaxKind.MinusMinusToken) {
    ctx.error(Messages.IncrementInExpression, node, ts.tokenToString(node.operator) ?? '');
    return null;
  }
  if (node.operator === ts.SyntaxKind.MinusToken) {
    const operand = lowerUnchecked(env, scope, node.operand);
    if (operand) ctx.error(Messages.UnaryMinus, node, typeText(exprType(operand)));
    return null;
  }
  ctx.error(Messages.UnsupportedExpression, node, node.getText(ctx.sourceFile));
  return null;
}

/** `Number(x)` of a DSL integer is `x`: the comparison or arithmetic around it is checked on x's own type. */
export function isNumberCall(env: BodyEnv, node: ts.CallExpression): boolean {
  const callee = node.expression;
  if (!ts.isIdentifier(callee) || callee.text !== 'Number' || node.arguments.length !== 1) return false;
  const decl = env.ctx.symbolOf(callee)?.declarations?.[0];
  return decl !== undefined && env.ctx.program.isSourceFileDefaultLibrary(decl.getSourceFile());
}

export function lowerNumberCall(env: BodyEnv, scope: Scope, node: ts.CallExpression, expected: Type | undefined): Expr | null {
  const value = lowerUnchecked(env, scope, node.arguments[0], expected);
  if (!value) return null;
  const type = exprType(value);
  if (type.kind === 'int') return value;
  env.ctx.error(Messages.TypeMismatch, node.arguments[0], 'an integer', typeText(type));
  return null;
}

/**
 * `44 as u32`, `44 as unknown as u32`, `x as u64`: TypeScript erases the assertion, so it can only type a literal;
 * any other value must already have the asserted integer type.
 */
export function lowerIntAssertion(env: BodyEnv, scope: Scope, node: ts.AsExpression, expected: Type | undefined): Expr | null {
  const { ctx } = env;
  const target = ts.isTypeReferenceNode(node.type) ? intTypeOfDslName(ctx.dslName(node.type.typeName)) : undefined;
  let inner = node.expression;
  while (ts.isAsExpression(inner) && isErasedType(inner.type)) inner = inner.expression;
  if (!target) return lowerUnchecked(env, scope, inner, expected);
  const type: Type & { kind: 'int' } = { kind: 'int', name: target };
  if (isIntLiteralNode(inner)) return lowerIntLiteral(ctx, inner, type);
  const value = lowerUnchecked(env, scope, inner, type);
  if (!value) return null;
  const found = exprType(value);
  if (found.kind === 'int' && found.name === target) return value;
  ctx.error(Messages.TypeAssertion, node.type, target, typeText(found), pascalInt(target));
  return null;
}

/** `unknown` and `any` in `x as unknown as T`: the step TypeScript needs to accept the second assertion. */
const isErasedType = (t: ts.TypeNode): boolean => t.kind === ts.SyntaxKind.UnknownKeyword || t.kind === ts.SyntaxKind.AnyKeyword;
