// Integer, string and Pubkey literals, with the range and size checks Rust would apply at compile time.
// In: literal nodes and the type the context expects. Out: IR constant expressions or diagnostics.
import { ts } from './typescript.js';
import { INT_BITS, isSigned, type Expr, type IntName, type Type } from '../ir/types.js';
import { Messages } from '../diagnostics/messages.js';
import type { LowerContext } from './context.js';
import { typeText } from './types.js';
import { pubkeyProblem } from '../ir/base58.js';

export function intRange(name: IntName): [bigint, bigint] {
  const bits = BigInt(INT_BITS[name]);
  return isSigned(name) ? [-(1n << (bits - 1n)), (1n << (bits - 1n)) - 1n] : [0n, (1n << bits) - 1n];
}

/** Whether `node` is an integer literal, possibly negated: `5`, `-5`, `1_000n`, `0xff`. */
export function isIntLiteralNode(node: ts.Expression): boolean {
  if (ts.isParenthesizedExpression(node)) return isIntLiteralNode(node.expression);
  if (ts.isPrefixUnaryExpression(node) && node.operator === ts.SyntaxKind.MinusToken) return isIntLiteralNode(node.operand);
  return ts.isNumericLiteral(node) || ts.isBigIntLiteral(node);
}

/** The value of an integer literal node, or null after reporting that it is not an integer. */
function literalValue(ctx: LowerContext, node: ts.Expression): bigint | null {
  if (ts.isParenthesizedExpression(node)) return literalValue(ctx, node.expression);
  if (ts.isPrefixUnaryExpression(node)) {
    const v = literalValue(ctx, node.operand);
    return v === null ? null : -v;
  }
  const text = node.getText(ctx.sourceFile).replace(/_/g, '');
  if (ts.isBigIntLiteral(node)) return BigInt(text.slice(0, -1));
  if (/^(0[xob][0-9a-f]+|[0-9]+)$/i.test(text)) return BigInt(text);
  // `1e9` is a common way to write 1_000_000_000; accept it when it is an exact integer.
  const n = Number(text);
  if (Number.isSafeInteger(n)) return BigInt(n);
  ctx.error(Messages.LiteralNotInteger, node, text);
  return null;
}

/** An integer literal lowered at the type the context expects. */
export function lowerIntLiteral(ctx: LowerContext, node: ts.Expression, expected: Type | undefined): Expr | null {
  const text = node.getText(ctx.sourceFile);
  if (!expected) {
    ctx.error(Messages.UntypedLiteral, node, text);
    return null;
  }
  if (expected.kind !== 'int') {
    ctx.error(Messages.TypeMismatch, node, typeText(expected), 'a number');
    return null;
  }
  const value = literalValue(ctx, node);
  if (value === null) return null;
  const [min, max] = intRange(expected.name);
  if (value < min || value > max) {
    ctx.error(Messages.LiteralOutOfRange, node, text, expected.name, String(min), String(max));
    return null;
  }
  return { kind: 'int', type: expected, value };
}

export function lowerStringLiteral(ctx: LowerContext, node: ts.StringLiteralLike, expected: Type | undefined): Expr | null {
  if (!expected || expected.kind !== 'string') {
    ctx.error(Messages.TypeMismatch, node, expected ? typeText(expected) : 'a DSL value', 'a string');
    return null;
  }
  const bytes = Buffer.byteLength(node.text, 'utf8');
  if (expected.maxLen !== null && bytes > expected.maxLen) {
    ctx.error(Messages.StringTooLong, node, bytes, typeText(expected), expected.maxLen);
    return null;
  }
  return { kind: 'string', value: node.text, type: expected };
}

/** `new Pubkey("…")` with a literal that decodes to 32 bytes. */
export function lowerPubkeyLiteral(ctx: LowerContext, node: ts.NewExpression): Expr | null {
  const arg = node.arguments?.[0];
  if (!arg || !ts.isStringLiteralLike(arg) || node.arguments!.length !== 1) {
    ctx.error(Messages.UnsupportedExpression, node, 'new Pubkey(…) takes one base58 string literal');
    return null;
  }
  const problem = pubkeyProblem(arg.text);
  if (problem) {
    ctx.error(Messages.InvalidPubkey, arg, arg.text, problem);
    return null;
  }
  return { kind: 'pubkey', base58: arg.text, type: { kind: 'pubkey' } };
}
