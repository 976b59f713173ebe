// Statements of an instruction or helper function body → IR statements.
// In: the body's statements (an instruction's constraint statements were applied already and are skipped
// here). Out: Stmt[] in source order; each unsupported statement is a diagnostic, never dropped silently.
import { ts } from './typescript.js';
import type { Place, Stmt, Type } from '../ir/types.js';
import { snakeCase } from '../ir/names.js';
import { Messages } from '../diagnostics/messages.js';
import type { BodyEnv, Scope } from './scope.js';
import { exprType, lowerExpr, walkFields } from './expressions.js';
import { compoundOperator, lowerCompoundAssignment, lowerIncrement } from './operators.js';
import { constraintTarget } from './accounts.js';
import { lowerStatementCall } from './builtins.js';
import { reportMisplacedConstraint } from './calls.js';
import { lowerElement } from './elements.js';
import { lowerTypeNode, typeText } from './types.js';
import { describeStatement } from './collect.js';
import { isTokenKind } from './tokenaccounts.js';
import { branchScopes } from './optionals.js';

const LOOPS: ReadonlySet<ts.SyntaxKind> = new Set([
  ts.SyntaxKind.ForStatement, ts.SyntaxKind.ForInStatement, ts.SyntaxKind.ForOfStatement,
  ts.SyntaxKind.WhileStatement, ts.SyntaxKind.DoStatement,
]);

/** `topLevel`: statements directly in the method body, where account constraints may appear. */
export function lowerStatements(env: BodyEnv, scope: Scope, stmts: readonly ts.Statement[], topLevel: boolean): Stmt[] {
  const out: Stmt[] = [];
  for (const s of stmts) {
    if (constraintTarget(scope, s)) {
      if (!topLevel || env.inFunction) reportMisplacedConstraint(env, s, s.getText(env.ctx.sourceFile).split('(')[0]);
      continue;
    }
    out.push(...lowerStatement(env, scope, s));
  }
  return out;
}

function lowerStatement(env: BodyEnv, scope: Scope, s: ts.Statement): Stmt[] {
  const { ctx } = env;
  const span = ctx.span(s);
  if (ts.isExpressionStatement(s)) return lowerExpressionStatement(env, scope, s.expression);
  if (ts.isVariableStatement(s)) return lowerVariables(env, scope, s.declarationList);
  if (ts.isIfStatement(s)) {
    const cond = lowerExpr(env, scope, s.expression, { kind: 'bool' });
    // A test of an optional argument narrows it in the branch where it holds a value.
    const branches = branchScopes(scope, s.expression);
    const then = lowerBranch(env, branches.then, s.thenStatement);
    const otherwise = s.elseStatement ? lowerBranch(env, branches.else, s.elseStatement) : [];
    return cond ? [{ kind: 'if', cond, then, else: otherwise, span }] : [];
  }
  if (ts.isReturnStatement(s)) return lowerReturn(env, scope, s);
  if (ts.isBlock(s)) return lowerStatements(env, scope.child(), s.statements, false);
  if (ts.isEmptyStatement(s)) return [];
  if (LOOPS.has(s.kind)) ctx.error(Messages.LoopNotSupported, s.getChildAt(0, ctx.sourceFile));
  else if (ts.isClassDeclaration(s)) ctx.error(Messages.UnsupportedClass, s.name ?? s, s.name?.text ?? 'class');
  else if (ts.isFunctionDeclaration(s)) ctx.error(Messages.UnsupportedFunction, s.name ?? s, s.name?.text ?? 'function');
  else if (ts.isThrowStatement(s)) ctx.error(Messages.ThrowStatement, s.getChildAt(0, ctx.sourceFile));
  else ctx.error(Messages.UnsupportedStatement, s.getChildAt(0, ctx.sourceFile), describeStatement(s));
  return [];
}

/** `return;` ends an instruction or a void function; a function with a result returns `return value;`. */
function lowerReturn(env: BodyEnv, scope: Scope, s: ts.ReturnStatement): Stmt[] {
  const { ctx } = env;
  const span = ctx.span(s);
  const fn = env.inFunction;
  if (fn?.def.returns) {
    if (!s.expression) {
      ctx.error(Messages.MissingReturn, s, fn.decl.name!.text, typeText(fn.def.returns));
      return [];
    }
    const value = lowerExpr(env, scope, s.expression, fn.def.returns);
    return value ? [{ kind: 'return', value, span }] : [];
  }
  // Poseidon ignored the value an instruction returns (`return { success: true }`): TypeScript has checked it,
  // the return still ends the instruction, the value is not evaluated. An error returned that way meant to fail
  // the instruction and would let it succeed: that is refused, never a dropped check.
  if (s.expression && !fn) {
    const error = returnedErrorClass(ctx, s.expression);
    if (error) ctx.error(Messages.ReturnedError, s.expression, `new ${error}(…)`);
    else ctx.warn(Messages.IgnoredReturnValue, s.expression);
  }
  // In a void function TypeScript lets `return f();` through for a void `f`: lowering it explains why not.
  else if (s.expression && lowerExpr(env, scope, s.expression)) ctx.error(Messages.ReturnValue, s.expression);
  return [{ kind: 'return', span }];
}

/** `PoseidonError` or `Error` when `e` is an instance of Poseidon's error class or of JavaScript's, else undefined. */
function returnedErrorClass(ctx: BodyEnv['ctx'], e: ts.Expression): string | undefined {
  const type = ctx.checker.getTypeAtLocation(e);
  if (ctx.dslTypeName(type) === 'PoseidonError') return 'PoseidonError';
  const declaration = type.getSymbol()?.declarations?.[0];
  const isLibraryError = declaration !== undefined && ctx.program.isSourceFileDefaultLibrary(declaration.getSourceFile());
  return isLibraryError && type.getSymbol()!.name.endsWith('Error') ? type.getSymbol()!.name : undefined;
}

function lowerBranch(env: BodyEnv, scope: Scope, s: ts.Statement): Stmt[] {
  return lowerStatements(env, scope.child(), ts.isBlock(s) ? s.statements : [s], false);
}

function lowerExpressionStatement(env: BodyEnv, scope: Scope, e: ts.Expression): Stmt[] {
  const { ctx } = env;
  if (ts.isParenthesizedExpression(e)) return lowerExpressionStatement(env, scope, e.expression);
  if (ts.isBinaryExpression(e)) {
    const op = e.operatorToken.kind;
    if (op === ts.SyntaxKind.EqualsToken) return lowerAssignment(env, scope, e);
    const arith = compoundOperator(op);
    if (arith) {
      const place = lowerPlace(env, scope, e.left);
      return place ? lowerCompoundAssignment(env, scope, e, arith, place) : [];
    }
    if (op >= ts.SyntaxKind.FirstCompoundAssignment && op <= ts.SyntaxKind.LastCompoundAssignment) {
      const text = e.operatorToken.getText(ctx.sourceFile);
      ctx.error(Messages.UnsupportedExpression, e.operatorToken, `operator '${text}'`);
      return [];
    }
  }
  if (ts.isCallExpression(e)) return lowerStatementCall(env, scope, e);
  const increments = [ts.SyntaxKind.PlusPlusToken, ts.SyntaxKind.MinusMinusToken];
  if ((ts.isPrefixUnaryExpression(e) || ts.isPostfixUnaryExpression(e)) && increments.includes(e.operator)) {
    const place = lowerPlace(env, scope, e.operand);
    return place ? lowerIncrement(env, e, place) : [];
  }
  ctx.error(Messages.UselessExpression, e);
  return [];
}

function lowerAssignment(env: BodyEnv, scope: Scope, e: ts.BinaryExpression): Stmt[] {
  if (markWritable(env, scope, e)) return [];
  const place = lowerPlace(env, scope, e.left);
  if (!place) return [];
  const value = lowerExpr(env, scope, e.right, place.type);
  return value ? [{ kind: 'assign', place, value, span: env.ctx.span(e) }] : [];
}

/**
 * Poseidon's `acc.is_writable = true` (its declarations gave accounts AccountInfo's fields): its transpiler made
 * every account assigned to `mut` and wrote no statement for a Boolean. The account becomes writable; nothing runs.
 * True when `e` is such an assignment (reported when the value is not `true`).
 */
function markWritable(env: BodyEnv, scope: Scope, e: ts.BinaryExpression): boolean {
  const target = e.left;
  if (env.inFunction || !ts.isPropertyAccessExpression(target) || target.name.text !== 'is_writable' || !ts.isIdentifier(target.expression)) return false;
  const b = scope.lookup(target.expression.text);
  if (b?.kind !== 'account' || b.state?.fields.some((f) => f.name === 'is_writable')) return false;
  if (e.right.kind === ts.SyntaxKind.TrueKeyword) b.param.mut = true;
  else env.ctx.error(Messages.WritableNotTrue, e.right, target.expression.text);
  return true;
}

function lowerPlace(env: BodyEnv, scope: Scope, target: ts.Expression): Place | null {
  const { ctx } = env;
  if (ts.isIdentifier(target)) {
    const b = scope.lookup(target.text);
    if (b?.kind === 'local') return { kind: 'local', name: b.name, type: b.type };
    if (b?.kind === 'arg') ctx.error(Messages.AssignToArg, target, target.text);
    else if (b?.kind === 'account') ctx.error(Messages.AssignToReadonlyAccount, target, target.text);
    else ctx.error(Messages.UnsupportedAssignTarget, target);
    return null;
  }
  if (ts.isElementAccessExpression(target)) {
    const element = lowerElement(env, scope, target);
    return element && { kind: 'element', ...element };
  }
  const names: ts.Identifier[] = [];
  let root: ts.Expression = target;
  while (ts.isPropertyAccessExpression(root) && ts.isIdentifier(root.name)) {
    names.unshift(root.name);
    root = root.expression;
  }
  const b = ts.isIdentifier(root) ? scope.lookup(root.text) : undefined;
  if (b?.kind === 'account') {
    const isKey = names.length === 1 && names[0].text === 'key';
    if (isTokenKind(b.param.account) && !isKey) {
      ctx.error(Messages.TokenFieldWrite, target, target.getText(ctx.sourceFile));
      return null;
    }
    if (!b.state || isKey) {
      ctx.error(Messages.AssignToReadonlyAccount, target, target.getText(ctx.sourceFile));
      return null;
    }
    const walked = walkFields(env, b.state.name, b.state.fields, names);
    if (walked?.type.kind === 'array') {
      ctx.error(Messages.WholeFixedArray, target, target.getText(ctx.sourceFile));
      return null;
    }
    return walked && { kind: 'field', account: b.param.name, path: walked.path, type: walked.type };
  }
  if (b?.kind === 'arg') ctx.error(Messages.AssignToArg, target, (root as ts.Identifier).text);
  else ctx.error(Messages.UnsupportedAssignTarget, target);
  return null;
}

function lowerVariables(env: BodyEnv, scope: Scope, list: ts.VariableDeclarationList): Stmt[] {
  const { ctx } = env;
  const mutable = (list.flags & ts.NodeFlags.Let) !== 0;
  if (!mutable && (list.flags & ts.NodeFlags.Const) === 0) {
    ctx.error(Messages.VarNotSupported, list.getChildAt(0, ctx.sourceFile));
    return [];
  }
  const out: Stmt[] = [];
  for (const d of list.declarations) {
    if (!ts.isIdentifier(d.name)) {
      ctx.error(Messages.DestructuringNotSupported, d.name);
      continue;
    }
    const tsName = d.name.text;
    if (scope.lookup(tsName)) {
      ctx.error(Messages.ShadowedName, d.name, tsName);
      continue;
    }
    if (!d.initializer) {
      ctx.error(Messages.UninitializedLocal, d.name, tsName);
      continue;
    }
    // A local list of seeds is inlined where it is used (PDA seeds are not runtime values).
    if (ts.isArrayLiteralExpression(d.initializer) && (!d.type || (ts.isTypeReferenceNode(d.type) && ctx.dslName(d.type.typeName) === 'Seeds'))) {
      scope.declare(tsName, { kind: 'seeds', elements: d.initializer });
      continue;
    }
    let declared: Type | undefined;
    if (d.type) {
      const t = lowerTypeNode(ctx, d.type, (n) => structName(env, n));
      if (!t) continue;
      declared = t;
    }
    const value = lowerExpr(env, scope, d.initializer, declared);
    if (!value) continue;
    const type = declared ?? exprType(value);
    const name = snakeCase(tsName);
    scope.declare(tsName, { kind: 'local', name, type, mutable });
    out.push({ kind: 'let', name, mutable, type, value, span: ctx.span(d) });
  }
  return out;
}

function structName(env: BodyEnv, n: ts.EntityName): string | undefined {
  const decl = env.ctx.userDeclaration(n);
  return decl ? env.model.structs.get(decl)?.name : undefined;
}
