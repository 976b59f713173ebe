// Named constants: `const MAX_FEE_BPS = 500;` at the top of the file and `static readonly SEED = "vault";` in the
// program class. In: those declarations (collectConstants), then any expression (constantValue). Out: the
// literal a constant stands for, which the lowering reads in the constant's place: the same value, typed by the
// use as a literal is (`amount.lt(MAX_FEE_BPS)` compares with a u64), in seeds and logs too. The emitted Rust
// holds the value, as Poseidon's transpiler wrote literals.
import { ts } from './typescript.js';
import { Messages } from '../diagnostics/messages.js';
import type { LowerContext } from './context.js';

/** Constants by their declaration (a top-level `const` or a `static readonly` member of the program class). */
export type Constants = Map<ts.Declaration, ts.Expression>;

/**
 * What a constant may be initialized with: a number or bigint (negative too), a string, a Boolean, or a Pubkey
 * literal `new Pubkey("…")`. Anything computed is refused: the DSL has no compile-time evaluation of its own.
 */
function isLiteral(ctx: LowerContext, e: ts.Expression): boolean {
  if (ts.isParenthesizedExpression(e)) return isLiteral(ctx, e.expression);
  if (ts.isPrefixUnaryExpression(e) && e.operator === ts.SyntaxKind.MinusToken) return ts.isNumericLiteral(e.operand) || ts.isBigIntLiteral(e.operand);
  if (ts.isNumericLiteral(e) || ts.isBigIntLiteral(e) || ts.isStringLiteralLike(e)) return true;
  if (e.kind === ts.SyntaxKind.TrueKeyword || e.kind === ts.SyntaxKind.FalseKeyword) return true;
  return ts.isNewExpression(e) && ctx.dslName(e.expression) === 'Pubkey' && e.arguments?.length === 1 && ts.isStringLiteralLike(e.arguments[0]);
}

/** A top-level `const` statement: each of its names becomes a constant, or gets a located error. */
export function collectTopLevelConstants(ctx: LowerContext, constants: Constants, stmt: ts.VariableStatement): void {
  const list = stmt.declarationList;
  if ((list.flags & ts.NodeFlags.Const) === 0) {
    ctx.error(Messages.TopLevelVariable, list.getChildAt(0, ctx.sourceFile));
    return;
  }
  for (const decl of list.declarations) {
    if (!ts.isIdentifier(decl.name) || !decl.initializer || !isLiteral(ctx, decl.initializer)) {
      ctx.error(Messages.ConstantNotLiteral, decl.initializer ?? decl, decl.name.getText(ctx.sourceFile));
      continue;
    }
    constants.set(decl, decl.initializer);
  }
}

/** A `static readonly NAME` member of a class: in the program class, a constant. */
export function isStaticReadonly(member: ts.ClassElement): member is ts.PropertyDeclaration & { name: ts.Identifier } {
  if (!ts.isPropertyDeclaration(member) || !ts.isIdentifier(member.name)) return false;
  const modifiers = (ts.getModifiers(member) ?? []).map((m) => m.kind);
  return modifiers.includes(ts.SyntaxKind.StaticKeyword) && modifiers.includes(ts.SyntaxKind.ReadonlyKeyword);
}

/** A `static readonly` member of the program class becomes a constant, or gets a located error. */
export function collectStaticConstant(ctx: LowerContext, constants: Constants, member: ts.PropertyDeclaration & { name: ts.Identifier }): void {
  if (!member.initializer || !isLiteral(ctx, member.initializer)) ctx.error(Messages.ConstantNotLiteral, member.initializer ?? member, member.name.text);
  else constants.set(member, member.initializer);
}

/** The literal `e` stands for when it names a constant (`MAX`, `MyProgram.MAX`), else undefined. */
export function constantValue(ctx: LowerContext, constants: Constants, e: ts.Expression): ts.Expression | undefined {
  if (constants.size === 0) return undefined;
  const name = ts.isIdentifier(e) ? e : ts.isPropertyAccessExpression(e) && ts.isIdentifier(e.name) ? e.name : undefined;
  const declaration = name && ctx.symbolOf(name)?.valueDeclaration;
  return declaration && constants.get(declaration);
}
