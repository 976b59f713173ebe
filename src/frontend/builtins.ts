// Calls in statement position: SystemProgram.transfer, TokenProgram.* (tokencpi.ts), instructions of another DSL
// program (callees.ts), require, emit, console.log and helper functions (functioncalls.ts). In: a call expression statement. Out: the IR statement, or a
// diagnostic for any other call (library functions do not exist on-chain; value-only calls would be silently
// useless) and for a CPI inside a helper function.
import { ts } from './typescript.js';
import type { Expr, Stmt } from '../ir/types.js';
import { Messages } from '../diagnostics/messages.js';
import type { BodyEnv, Scope } from './scope.js';
import { exprType, lowerExpr, lowerFieldValues } from './expressions.js';
import { typeText } from './types.js';
import { lowerSignerSeeds } from './seeds.js';
import { CONSTRAINT_METHODS, reportMisplacedConstraint } from './calls.js';
import { calledFunction, lowerCallStatement } from './functioncalls.js';
import { lowerTokenCpi } from './tokencpi.js';
import { lowerProgramCpi } from './callees.js';
import { refuseZeroCopyCpiAccount } from './zerocopy.js';
import { constantValue } from './constants.js';

export function lowerStatementCall(env: BodyEnv, scope: Scope, call: ts.CallExpression): Stmt[] {
  const { ctx } = env;
  const callee = call.expression;
  const fn = calledFunction(env, callee);
  if (fn) return lowerCallStatement(env, scope, call, fn);
  if (ts.isIdentifier(callee)) {
    const dsl = ctx.dslName(callee);
    if (dsl === 'require') return lowerRequire(env, scope, call);
    if (dsl === 'emit') return lowerEmit(env, scope, call);
  } else if (ts.isPropertyAccessExpression(callee) && ts.isIdentifier(callee.expression)) {
    const owner = callee.expression;
    const method = callee.name.text;
    const cpi = ctx.dslName(owner) === 'TokenProgram' || (ctx.dslName(owner) === 'SystemProgram' && method === 'transfer');
    if (cpi && env.inFunction) {
      ctx.error(Messages.CpiInFunction, callee, callee.getText(ctx.sourceFile), env.inFunction.decl.name!.text);
      return [];
    }
    if (ctx.dslName(owner) === 'SystemProgram' && method === 'transfer') return lowerSystemTransfer(env, scope, call);
    if (ctx.dslName(owner) === 'TokenProgram') return lowerTokenCpi(env, scope, call, method);
    if (owner.text === 'console' && method === 'log' && !scope.lookup('console')) return lowerLog(env, scope, call);
    const b = scope.lookup(owner.text);
    if (b?.kind === 'account' && b.param.account.kind === 'calleeProgram') {
      if (!env.inFunction) return lowerProgramCpi(env, scope, call, b, method);
      ctx.error(Messages.CpiInFunction, callee, callee.getText(ctx.sourceFile), env.inFunction.decl.name!.text);
      return [];
    }
    if (b?.kind === 'account' && CONSTRAINT_METHODS.has(method)) {
      reportMisplacedConstraint(env, call, method);
      return [];
    }
  }
  if (ts.isPropertyAccessExpression(callee) && lowerExpr(env, scope, call)) ctx.error(Messages.UselessExpression, call);
  else if (!ts.isPropertyAccessExpression(callee)) ctx.error(Messages.UnsupportedCall, callee, callee.getText(ctx.sourceFile));
  return [];
}

function lowerSystemTransfer(env: BodyEnv, scope: Scope, call: ts.CallExpression): Stmt[] {
  const { ctx } = env;
  const [fromNode, toNode, amountNode, seedsNode] = call.arguments;
  const from = accountName(env, scope, fromNode, 'SystemProgram.transfer');
  const to = accountName(env, scope, toNode, 'SystemProgram.transfer');
  const amount = amountNode ? lowerExpr(env, scope, amountNode, { kind: 'int', name: 'u64' }) : null;
  const signerSeeds = seedsNode ? lowerSignerSeeds(env, scope, seedsNode) : undefined;
  if (!from || !to || !amount || signerSeeds === null) return [];
  const stmt: Stmt = { kind: 'systemTransfer', from, to, amount, span: ctx.span(call) };
  return [signerSeeds ? { ...stmt, signerSeeds } : stmt];
}

/** The account parameter a CPI of `call` names at `node`; null, reported, when it is none or a zero-copy one. */
function accountName(env: BodyEnv, scope: Scope, node: ts.Expression | undefined, call: string): string | null {
  if (!node) return null;
  const b = ts.isIdentifier(node) ? scope.lookup(node.text) : undefined;
  if (b?.kind === 'account') return refuseZeroCopyCpiAccount(env.ctx, b, node, call) ? null : b.param.name;
  env.ctx.error(Messages.NotAnAccount, node, node.getText(env.ctx.sourceFile));
  return null;
}

function lowerRequire(env: BodyEnv, scope: Scope, call: ts.CallExpression): Stmt[] {
  const { ctx } = env;
  const [condNode, errorNode] = call.arguments;
  const cond = condNode ? lowerExpr(env, scope, condNode, { kind: 'bool' }) : null;
  const enumDecl = errorNode && ts.isPropertyAccessExpression(errorNode) ? ctx.userDeclaration(errorNode.expression) : undefined;
  if (!enumDecl || !env.model.errorEnums.has(enumDecl)) {
    ctx.error(Messages.RequireNeedsError, errorNode ?? call);
    return [];
  }
  const error = (errorNode as ts.PropertyAccessExpression).name.getText(ctx.sourceFile);
  return cond ? [{ kind: 'require', cond, error, span: ctx.span(call) }] : [];
}

function lowerEmit(env: BodyEnv, scope: Scope, call: ts.CallExpression): Stmt[] {
  const { ctx } = env;
  const typeArg = call.typeArguments?.[0];
  const decl = typeArg && ts.isTypeReferenceNode(typeArg) ? ctx.userDeclaration(typeArg.typeName) : undefined;
  const event = decl ? env.model.events.get(decl) : undefined;
  const literal = call.arguments[0];
  if (!event || !literal || !ts.isObjectLiteralExpression(literal)) {
    ctx.error(Messages.EmitNeedsEvent, typeArg ?? call);
    return [];
  }
  const stmt = lowerFieldValues(env, scope, literal, event.name, event.fields, (fields): Stmt => ({ kind: 'emit', event: event.name, fields, span: ctx.span(call) }));
  return stmt ? [stmt] : [];
}

/** `${x.toString()}` logs what `${x}` logs: msg! formats integers, Booleans, keys (base58) and strings as toString does. */
function withoutToString(node: ts.Expression): ts.Expression {
  const callee = ts.isCallExpression(node) && node.arguments.length === 0 ? node.expression : undefined;
  return callee && ts.isPropertyAccessExpression(callee) && callee.name.text === 'toString' ? callee.expression : node;
}

/** `console.log("a", x, "b")` prints `a <x> b`: console.log separates its arguments with spaces. */
function lowerLog(env: BodyEnv, scope: Scope, call: ts.CallExpression): Stmt[] {
  const { ctx } = env;
  // A named constant logs as the literal it stands for.
  const args = call.arguments.map((arg) => constantValue(ctx, env.model.constants, arg) ?? arg);
  const [first] = args;
  if (!first || !(ts.isStringLiteralLike(first) || ts.isTemplateExpression(first))) {
    ctx.error(Messages.LogFormatNotLiteral, first ?? call);
    return [];
  }
  const parts: (string | Expr)[] = [];
  const pushText = (text: string) => {
    const last = parts[parts.length - 1];
    if (typeof last === 'string') parts[parts.length - 1] = last + text;
    else if (text.length > 0) parts.push(text);
  };
  let ok = true;
  const pushValue = (node: ts.Expression) => {
    const e = lowerExpr(env, scope, withoutToString(node));
    const type = e && exprType(e);
    // msg! formats with Display, which Rust's Vec and our structs do not implement.
    if (type && (type.kind === 'vec' || type.kind === 'struct' || type.kind === 'array')) ctx.error(Messages.UnloggableValue, node, typeText(type));
    else if (e) return void parts.push(e);
    ok = false;
  };
  args.forEach((arg, i) => {
    if (i > 0) pushText(' ');
    if (ts.isStringLiteralLike(arg)) pushText(arg.text);
    else if (ts.isTemplateExpression(arg)) {
      pushText(arg.head.text);
      for (const span of arg.templateSpans) {
        pushValue(span.expression);
        pushText(span.literal.text);
      }
    } else pushValue(arg);
  });
  return ok ? [{ kind: 'log', parts, span: ctx.span(call) }] : [];
}
