// Calls of helper functions: `checkpoint(config, now);` as a statement, `pending(config, maker)` as a value.
// In: a call whose callee names a helper function (`f(…)`, or `this.f(…)` for a private method of the program
// class), and the caller's scope (an instruction's or another
// function's). Out: the IR call — function name, account and value arguments — or null after a diagnostic
// (recursion, a forward reference, an argument that is not an account parameter of the right type…).
import { ts } from './typescript.js';
import type { AccountKind, CallArg, Expr, FunctionDef, Stmt } from '../ir/types.js';
import { Messages } from '../diagnostics/messages.js';
import type { BodyEnv, Scope } from './scope.js';
import { isProgramClass, lowerExpr } from './expressions.js';
import type { HelperDeclaration } from './collect.js';

/** The helper function `callee` refers to, or undefined when it names none. */
export function calledFunction(env: BodyEnv, callee: ts.Expression): HelperDeclaration | undefined {
  const name = ts.isIdentifier(callee) ? callee : isThisMember(env, callee) ? callee.name : undefined;
  const decl = name && env.ctx.userDeclaration(name);
  return decl && (env.model.functions as readonly ts.Declaration[]).includes(decl) ? (decl as HelperDeclaration) : undefined;
}

/** `this.f` or `MyProgram.f`: a member of the program class. */
function isThisMember(env: BodyEnv, e: ts.Expression): e is ts.PropertyAccessExpression & { name: ts.Identifier } {
  return ts.isPropertyAccessExpression(e) && ts.isIdentifier(e.name) && (e.expression.kind === ts.SyntaxKind.ThisKeyword || isProgramClass(env, e.expression));
}

export function lowerCallStatement(env: BodyEnv, scope: Scope, call: ts.CallExpression, decl: HelperDeclaration): Stmt[] {
  const def = callee(env, call, decl);
  const args = def && lowerArguments(env, scope, call, decl, def);
  return args ? [{ kind: 'call', fn: def.name, args, span: env.ctx.span(call) }] : [];
}

export function lowerCallValue(env: BodyEnv, scope: Scope, call: ts.CallExpression, decl: HelperDeclaration): Expr | null {
  const def = callee(env, call, decl);
  if (!def) return null;
  if (!def.returns) {
    env.ctx.error(Messages.VoidCallValue, call.expression, decl.name!.text);
    return null;
  }
  const args = lowerArguments(env, scope, call, decl, def);
  return args && { kind: 'call', fn: def.name, args, type: def.returns };
}

/** The callee's definition, when the caller may call it: a function calls only functions declared before it. */
function callee(env: BodyEnv, call: ts.CallExpression, decl: HelperDeclaration): FunctionDef | null {
  const caller = env.inFunction?.decl;
  if (caller === decl) {
    env.ctx.error(Messages.RecursiveCall, call.expression, decl.name!.text);
    return null;
  }
  if (caller && env.model.functions.indexOf(decl) > env.model.functions.indexOf(caller)) {
    env.ctx.error(Messages.ForwardCall, call.expression, caller.name!.text, decl.name!.text);
    return null;
  }
  // A function whose signature did not lower was reported where it is declared.
  return env.functions.get(decl) ?? null;
}

function lowerArguments(env: BodyEnv, scope: Scope, call: ts.CallExpression, decl: HelperDeclaration, def: FunctionDef): CallArg[] | null {
  const { ctx } = env;
  const fnName = decl.name!.text;
  const args: CallArg[] = [];
  let ok = true;
  def.params.forEach((p, i) => {
    const node = call.arguments[i];
    if (!node) throw new Error(`internal: call of ${def.name} lacks argument ${i} after type checking`);
    if (p.kind === 'value') {
      const value = lowerExpr(env, scope, node, p.type);
      if (value) args.push({ kind: 'value', value });
      else ok = false;
      return;
    }
    const b = ts.isIdentifier(node) ? scope.lookup(node.text) : undefined;
    if (b?.kind === 'account' && sameAccountKind(b.param.account, p.account)) {
      args.push({ kind: 'account', account: b.param.name });
      return;
    }
    const paramName = decl.parameters[i].name.getText(ctx.sourceFile);
    ctx.error(Messages.CallAccountArgument, node, fnName, accountTypeText(p.account), paramName, node.getText(ctx.sourceFile));
    ok = false;
  });
  return ok && writtenOnce(env, call, fnName, def, args) ? args : null;
}

/** Rust borrows an account a function writes exclusively: it cannot be passed again in the same call. */
function writtenOnce(env: BodyEnv, call: ts.CallExpression, fnName: string, def: FunctionDef, args: CallArg[]): boolean {
  const firstAt = new Map<string, number>();
  let ok = true;
  args.forEach((arg, i) => {
    if (arg.kind !== 'account') return;
    const first = firstAt.get(arg.account);
    if (first === undefined) return void firstAt.set(arg.account, i);
    const writes = (index: number): boolean => {
      const p = def.params[index];
      return p.kind === 'account' && p.mut;
    };
    if (!writes(first) && !writes(i)) return;
    env.ctx.error(Messages.DuplicateAccountArgument, call.arguments[i], call.arguments[i].getText(env.ctx.sourceFile), fnName);
    ok = false;
  });
  return ok;
}

const sameAccountKind = (a: AccountKind, b: AccountKind): boolean =>
  a.kind === b.kind && (a.kind !== 'state' || (b.kind === 'state' && a.type === b.type));

function accountTypeText(k: AccountKind): string {
  switch (k.kind) {
    case 'state': return k.type;
    case 'tokenAccount': return 'TokenAccount';
    case 'associatedTokenAccount': return 'AssociatedTokenAccount';
    case 'mint': return 'Mint';
    default: throw new Error(`internal: a function parameter cannot be a ${k.kind} account`);
  }
}
