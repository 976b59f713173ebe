// Expressions in instruction and helper function bodies → typed IR expressions.
// In: a TypeScript expression, the scope, and (for literals) the type the context expects.
// Out: an IR Expr whose type is known, or null after reporting a diagnostic.
import { ts } from './typescript.js';
import type { Expr, FieldDef, IntName, Type } from '../ir/types.js';
import { snakeCase } from '../ir/names.js';
import { Messages } from '../diagnostics/messages.js';
import type { BodyEnv, Scope } from './scope.js';
import { intTypeOfDslName, literalLength, sameType, typeText } from './types.js';
import { isIntLiteralNode, lowerIntLiteral, lowerPubkeyLiteral, lowerStringLiteral } from './literals.js';
import { lowerMethodCall } from './calls.js';
import { isTokenKind, lowerTokenField } from './tokenaccounts.js';
import { lowerOptionRead, lowerOptionTest } from './optionals.js';
import { isNumberCall, lowerBinary, lowerIntAssertion, lowerNumberCall, lowerUnaryOperator } from './operators.js';
import { PROGRAM_DATA_FIELDS } from '../ir/loader.js';
import { lowerElement } from './elements.js';
import { constantValue } from './constants.js';

export function exprType(e: Expr): Type {
  switch (e.kind) {
    case 'bool': case 'compare': case 'not': case 'logic': case 'isSome': return { kind: 'bool' };
    default: return e.type;
  }
}

/** Lowers `node`; when `expected` is given the result must have exactly that type. */
export function lowerExpr(env: BodyEnv, scope: Scope, node: ts.Expression, expected?: Type): Expr | null {
  const e = lowerUnchecked(env, scope, node, expected);
  if (e && expected && !sameType(exprType(e), expected)) {
    env.ctx.error(Messages.TypeMismatch, node, typeText(expected), typeText(exprType(e)));
    return null;
  }
  return e;
}

/** Like lowerExpr, but the caller compares the type itself (to give a more specific message). */
export function lowerUnchecked(env: BodyEnv, scope: Scope, node: ts.Expression, expected?: Type): Expr | null {
  const { ctx } = env;
  if (ts.isParenthesizedExpression(node)) return lowerUnchecked(env, scope, node.expression, expected);
  const constant = constantValue(ctx, env.model.constants, node);
  if (constant) return lowerUnchecked(env, scope, constant, expected);
  if (isIntLiteralNode(node)) return lowerIntLiteral(ctx, node, expected);
  if (ts.isStringLiteralLike(node)) return lowerStringLiteral(ctx, node, expected);
  if (node.kind === ts.SyntaxKind.TrueKeyword) return { kind: 'bool', value: true };
  if (node.kind === ts.SyntaxKind.FalseKeyword) return { kind: 'bool', value: false };
  const optionTest = lowerOptionTest(env, scope, node, expected);
  if (optionTest !== undefined) return optionTest;
  if (ts.isIdentifier(node)) return lowerIdentifier(env, scope, node);
  if (ts.isPropertyAccessExpression(node)) return lowerPropertyRead(env, scope, node);
  if (ts.isElementAccessExpression(node)) {
    const element = lowerElement(env, scope, node);
    return element && { kind: 'element', ...element };
  }
  if (ts.isNewExpression(node)) return lowerNew(env, node, expected);
  if (ts.isCallExpression(node)) return isNumberCall(env, node) ? lowerNumberCall(env, scope, node, expected) : lowerMethodCall(env, scope, node);
  if (ts.isPrefixUnaryExpression(node) && node.operator === ts.SyntaxKind.ExclamationToken) {
    const operand = lowerExpr(env, scope, node.operand, { kind: 'bool' });
    return operand && { kind: 'not', operand, type: { kind: 'bool' } };
  }
  if (ts.isPrefixUnaryExpression(node) || ts.isPostfixUnaryExpression(node)) return lowerUnaryOperator(env, scope, node);
  if (ts.isBinaryExpression(node)) return lowerBinary(env, scope, node, expected);
  if (ts.isAsExpression(node)) return lowerIntAssertion(env, scope, node, expected);
  if (ts.isObjectLiteralExpression(node) && expected?.kind === 'struct') return lowerStructLiteral(env, scope, node, expected.name);
  ctx.error(Messages.UnsupportedExpression, node, node.getText(ctx.sourceFile));
  return null;
}

function lowerIdentifier(env: BodyEnv, scope: Scope, node: ts.Identifier): Expr | null {
  const b = scope.lookup(node.text);
  if (b?.kind === 'arg' && b.arg.type.kind === 'option') return lowerOptionRead(env, node, b, false);
  if (b?.kind === 'arg') return { kind: 'arg', name: b.arg.name, type: b.arg.type };
  if (b?.kind === 'local') return { kind: 'local', name: b.name, type: b.type };
  if (b?.kind === 'account') env.ctx.error(Messages.AccountNotValue, node, node.text);
  else env.ctx.error(Messages.UnsupportedExpression, node, node.text);
  return null;
}

/** `acc.key`, `acc.field.sub` of a state account, `vault.amount` of a token account, `arg.field.sub` of a struct argument. */
function lowerPropertyRead(env: BodyEnv, scope: Scope, node: ts.PropertyAccessExpression): Expr | null {
  const { ctx } = env;
  const names: ts.Identifier[] = [];
  let root: ts.Expression = node;
  while (ts.isPropertyAccessExpression(root)) {
    if (!ts.isIdentifier(root.name)) break;
    names.unshift(root.name);
    root = root.expression;
  }
  const b = ts.isIdentifier(root) ? scope.lookup(root.text) : undefined;
  if (!b && names.length === 1 && names[0].text === 'PROGRAM_ID' && isProgramClass(env, root)) {
    // `MyProgram.PROGRAM_ID`: the program's own id, a constant (Anchor's `crate::ID`).
    return env.model.programId === null ? null : { kind: 'pubkey', base58: env.model.programId, type: { kind: 'pubkey' } };
  }
  if (b?.kind === 'account') {
    if (names.length === 1 && names[0].text === 'key') {
      // A function receives the account's data, not the account: its key does not travel with it.
      if (env.inFunction) {
        ctx.error(Messages.KeyInFunction, node, (root as ts.Identifier).text, env.inFunction.decl.name!.text);
        return null;
      }
      return { kind: 'accountKey', account: b.param.name, type: { kind: 'pubkey' } };
    }
    // TypeScript allows no deeper path: every SPL and ProgramData field is a scalar.
    if (isTokenKind(b.param.account) && names.length === 1) return lowerTokenField(env, b, names[0]);
    if (b.param.account.kind === 'programData' && names.length === 1) return lowerProgramDataField(env, b.param.name, names[0]);
    if (b.param.account.kind === 'mintToInitialize') {
      ctx.error(Messages.MintInitializedHere, node, (root as ts.Identifier).text, `'${node.getText(ctx.sourceFile)}' cannot be read`);
      return null;
    }
    if (!b.state) {
      ctx.error(Messages.UnsupportedAccountProperty, names[0], names[0].text);
      return null;
    }
    const walked = walkFields(env, b.state.name, b.state.fields, names);
    if (walked?.type.kind === 'array') {
      ctx.error(Messages.WholeFixedArray, node, node.getText(ctx.sourceFile));
      return null;
    }
    return walked && { kind: 'field', account: b.param.name, path: walked.path, type: walked.type };
  }
  if (b?.kind === 'arg' && b.arg.type.kind === 'struct') {
    const def = env.structs.get(b.arg.type.name);
    if (!def) throw new Error(`internal: unknown struct ${b.arg.type.name}`);
    const walked = walkFields(env, def.name, def.fields, names);
    return walked && { kind: 'arg', name: b.arg.name, path: walked.path, type: walked.type };
  }
  if (b?.kind === 'local' && b.type.kind === 'struct') {
    // The IR reads locals whole; a field of one has no place to come from.
    ctx.error(Messages.StructLocalFieldRead, node, (root as ts.Identifier).text);
    return null;
  }
  ctx.error(Messages.UnsupportedExpression, node, node.getText(ctx.sourceFile));
  return null;
}

/** `programData.slot`, `programData.upgradeAuthorityAddress` (the zero key when the program has none). */
function lowerProgramDataField(env: BodyEnv, account: string, name: ts.Identifier): Expr | null {
  const field = PROGRAM_DATA_FIELDS.find((f) => f.name === name.text);
  if (field) return { kind: 'field', account, path: [field.name], type: field.type };
  env.ctx.error(Messages.UnsupportedAccountProperty, name, name.text);
  return null;
}

export const isProgramClass = (env: BodyEnv, node: ts.Expression): boolean =>
  env.model.programClass !== null && ts.isIdentifier(node) && env.ctx.userDeclaration(node) === env.model.programClass;

/** Follows `a.b.c` through state and struct fields: the snake_case path and the final type. */
export function walkFields(env: BodyEnv, ownerName: string, fields: readonly FieldDef[], names: readonly ts.Identifier[]): { path: string[]; type: Type } | null {
  const path: string[] = [];
  let owner = ownerName;
  let current: readonly FieldDef[] | undefined = fields;
  let type: Type | undefined;
  for (const id of names) {
    const field: FieldDef | undefined = current?.find((f) => f.name === snakeCase(id.text));
    if (!field) {
      // A field declared in the file whose type was rejected (and reported) there is no second mistake here.
      if (!isDeclaredField(env, id)) env.ctx.error(Messages.UnknownStructField, id, owner, id.text);
      return null;
    }
    const fieldType: Type = field.type;
    path.push(field.name);
    type = fieldType;
    owner = fieldType.kind === 'struct' ? fieldType.name : typeText(fieldType);
    current = fieldType.kind === 'struct' ? env.structs.get(fieldType.name)?.fields : undefined;
  }
  if (!type) throw new Error('internal: empty field path');
  return { path, type };
}

/** Whether `id` names a property an interface of the user's file declares. */
function isDeclaredField(env: BodyEnv, id: ts.Identifier): boolean {
  const decl = env.ctx.checker.getSymbolAtLocation(id)?.declarations?.[0];
  return decl !== undefined && ts.isPropertySignature(decl) && decl.getSourceFile() === env.ctx.sourceFile;
}

/** `new u64(5)`, `new Pubkey("…")`, `new Str("…")`. */
function lowerNew(env: BodyEnv, node: ts.NewExpression, expected: Type | undefined): Expr | null {
  const { ctx } = env;
  const name = ctx.dslName(node.expression);
  if (name === 'Pubkey') return lowerPubkeyLiteral(ctx, node);
  if (name === 'Str') return lowerNewStr(env, node, expected);
  const int = intTypeOfDslName(name);
  const arg = node.arguments?.[0];
  if (int && arg && node.arguments!.length === 1 && isIntLiteralNode(arg)) {
    return lowerIntLiteral(ctx, arg, { kind: 'int', name: int });
  }
  if (int) ctx.error(Messages.ConstructorNeedsLiteral, node, name!, pascalInt(int));
  else ctx.error(Messages.UnsupportedExpression, node, node.getText(ctx.sourceFile));
  return null;
}

function lowerNewStr(env: BodyEnv, node: ts.NewExpression, expected: Type | undefined): Expr | null {
  const { ctx } = env;
  const arg = node.arguments?.[0];
  const typeArg = node.typeArguments?.[0];
  const maxLen = expected ? undefined : literalLength(ctx, typeArg);
  const type: Type | null = expected ?? (maxLen ? { kind: 'string', maxLen } : null);
  if (!arg || !ts.isStringLiteralLike(arg)) {
    ctx.error(Messages.UnsupportedExpression, node, 'new Str(…) takes one string literal');
    return null;
  }
  if (!type) {
    ctx.error(Messages.TypeMismatch, node, 'a Str<N> with a known N', 'new Str(…)');
    return null;
  }
  return lowerStringLiteral(ctx, arg, type);
}

export const pascalInt = (n: IntName): string => n[0].toUpperCase() + n.slice(1);

function lowerStructLiteral(env: BodyEnv, scope: Scope, node: ts.ObjectLiteralExpression, structName: string): Expr | null {
  const def = env.structs.get(structName);
  if (!def) throw new Error(`internal: unknown struct ${structName}`);
  return lowerFieldValues(env, scope, node, def.name, def.fields, (fields) => ({ kind: 'struct', name: def.name, fields, type: { kind: 'struct', name: def.name } }));
}

/** The values of an object literal, in the declared field order (for structs and events). */
export function lowerFieldValues<T>(env: BodyEnv, scope: Scope, node: ts.ObjectLiteralExpression, ownerName: string, fields: readonly FieldDef[], build: (values: Expr[]) => T): T | null {
  const { ctx } = env;
  const given = new Map<string, ts.Expression>();
  for (const p of node.properties) {
    if (ts.isPropertyAssignment(p) && ts.isIdentifier(p.name)) given.set(snakeCase(p.name.text), p.initializer);
    else if (ts.isShorthandPropertyAssignment(p)) given.set(snakeCase(p.name.text), p.name);
    else {
      ctx.error(Messages.UnsupportedExpression, p, p.getText(ctx.sourceFile));
      return null;
    }
  }
  for (const p of node.properties) {
    const name = snakeCase(p.name!.getText(ctx.sourceFile));
    if (!fields.some((f) => f.name === name)) ctx.error(Messages.UnknownStructField, p.name!, ownerName, p.name!.getText(ctx.sourceFile));
  }
  const values: Expr[] = [];
  let ok = true;
  for (const f of fields) {
    const valueNode = given.get(f.name);
    if (!valueNode) {
      ctx.error(Messages.MissingStructField, node, f.name, ownerName);
      ok = false;
      continue;
    }
    const v = lowerExpr(env, scope, valueNode, f.type);
    if (v) values.push(v);
    else ok = false;
  }
  return ok ? build(values) : null;
}
