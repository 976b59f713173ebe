// The TypeScript errors that are DSL spellings, not mistakes: Poseidon never type-checked, and programs written for it
// use operators and plain numbers on the DSL's integer classes, and return values from instructions.
// In: one TypeScript diagnostic of the user's file. Out: whether the compiler drops it because the lowering gives the
// construct its meaning (and reports, located, whatever has none):
// - an operator with a DSL integer operand (`a + b`, `count += 1`, `x > 5`, `x === 5`, `count++`): TypeScript has no
//   operator overloading, so no declaration can make these type-check (a `valueOf(): number` does not count for
//   TypeScript's operator checks); operators.ts lowers them to the checked `.add()`/`.gt()`… meaning;
// - an integer value where a DSL integer is expected (`count = 0`, `count = count + 1`, `bump(data, 7)`): a number
//   literal or arithmetic on integers, whose type TypeScript computes as `number`; the lowering types and range-checks it;
// - `44 as u32`: an integer value asserted to be a DSL integer, which operators.ts types;
// - a value returned by an instruction (`return { success: true }` in a `(): Result` method) and the "not all code
//   paths return a value" that follows from it: Poseidon ignored the value, the compiler warns (statements.ts).
import ts from 'typescript';
import type { LowerContext } from './context.js';
import { intTypeOfDslName } from './types.js';
import { isIntLiteralNode } from './literals.js';
import { arithOperator, compareOperator, compoundOperator } from './operators.js';

/** "Operator cannot be applied", "left/right side of an arithmetic operation", "arithmetic operand" (`++`). */
const OPERATOR_ERRORS: ReadonlySet<number> = new Set([2365, 2362, 2363, 2356]);
/** "This comparison appears to be unintentional because the types have no overlap" (`x === 5`). */
const NO_OVERLAP = 2367;
/** "Type X is not assignable to type Y" (as a value, and as an argument). */
const NOT_ASSIGNABLE: ReadonlySet<number> = new Set([2322, 2345]);
/** "Conversion of type 'number' to type 'u32' may be a mistake" (`44 as u32`). */
const CONVERSION_MISTAKE = 2352;
/** "Not all code paths return a value". */
const NOT_ALL_PATHS_RETURN = 7030;

export function isDslSpelling(ctx: LowerContext, d: ts.Diagnostic, node: ts.Node): boolean {
  if (OPERATOR_ERRORS.has(d.code) || d.code === NO_OVERLAP) return isIntegerOperator(ctx, node);
  if (NOT_ASSIGNABLE.has(d.code)) return isInstructionReturn(node) || isIntegerForInteger(ctx, node);
  if (d.code === NOT_ALL_PATHS_RETURN) return node.parent !== undefined && isInstructionMethod(node.parent);
  if (d.code === CONVERSION_MISTAKE) return isIntegerAssertion(ctx, node);
  return false;
}

/** The operator expression around `node` has an operand TypeScript types as a DSL integer. */
function isIntegerOperator(ctx: LowerContext, node: ts.Node): boolean {
  for (let n: ts.Node | undefined = node; n && !ts.isStatement(n); n = n.parent) {
    if (ts.isBinaryExpression(n)) {
      const op = n.operatorToken.kind;
      if (!arithOperator(op) && !compareOperator(op) && !compoundOperator(op)) return false;
      return isDslInteger(ctx, n.left) || isDslInteger(ctx, n.right);
    }
    if (ts.isPrefixUnaryExpression(n) || ts.isPostfixUnaryExpression(n)) return isDslInteger(ctx, n.operand);
  }
  return false;
}

/** `44 as u32`: an integer value asserted to be a DSL integer (operators.ts types the literal). */
function isIntegerAssertion(ctx: LowerContext, node: ts.Node): boolean {
  for (let n: ts.Node | undefined = node; n && !ts.isStatement(n); n = n.parent) {
    if (ts.isAsExpression(n)) return isIntegerValue(ctx, n.expression) && isDslInteger(ctx, n);
  }
  return false;
}

/** `return value;` directly in an instruction (a method of the program class): TypeScript reports it at `return`. */
function isInstructionReturn(node: ts.Node): boolean {
  const ret = node.parent;
  if (node.kind !== ts.SyntaxKind.ReturnKeyword || !ret || !ts.isReturnStatement(ret)) return false;
  for (let n: ts.Node = ret; n.parent; n = n.parent) {
    if (ts.isFunctionLike(n)) return isInstructionMethod(n);
  }
  return false;
}

function isInstructionMethod(n: ts.Node): boolean {
  return ts.isMethodDeclaration(n) && ts.isClassDeclaration(n.parent) && ts.isSourceFile(n.parent.parent);
}

/** The value TypeScript found not assignable is an integer value, and the place it goes to is a DSL integer. */
function isIntegerForInteger(ctx: LowerContext, node: ts.Node): boolean {
  const value = assignedValue(node);
  if (!value || !isIntegerValue(ctx, value)) return false;
  const target = ctx.checker.getContextualType(value);
  return target !== undefined && intTypeOfDslName(ctx.dslTypeName(target)) !== undefined;
}

/** The value expression of the assignment, declaration, property or argument TypeScript reported at `node`. */
function assignedValue(node: ts.Node): ts.Expression | undefined {
  for (let n: ts.Node = node; n.parent; n = n.parent) {
    const parent = n.parent;
    if (ts.isBinaryExpression(parent) && parent.operatorToken.kind === ts.SyntaxKind.EqualsToken && parent.left === n) return parent.right;
    if ((ts.isVariableDeclaration(parent) || ts.isPropertyAssignment(parent)) && parent.name === n) return parent.initializer;
    if (ts.isCallExpression(parent) && parent.arguments.includes(n as ts.Expression)) return n as ts.Expression;
    if (ts.isStatement(parent)) return undefined;
  }
  return undefined;
}

/** A number literal, or + - * / % whose operands are integer values or DSL integers: what TypeScript types `number`. */
function isIntegerValue(ctx: LowerContext, e: ts.Expression): boolean {
  if (ts.isParenthesizedExpression(e)) return isIntegerValue(ctx, e.expression);
  if (isIntLiteralNode(e)) return true;
  if (ts.isBinaryExpression(e) && arithOperator(e.operatorToken.kind)) {
    const operand = (x: ts.Expression) => isIntegerValue(ctx, x) || isDslInteger(ctx, x);
    return operand(e.left) && operand(e.right);
  }
  return false;
}

function isDslInteger(ctx: LowerContext, e: ts.Expression): boolean {
  return intTypeOfDslName(ctx.dslTypeName(ctx.checker.getTypeAtLocation(e))) !== undefined;
}
