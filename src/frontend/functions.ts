// Helper functions → IR FunctionDefs.
// In: the helper declarations the ProgramModel collected (module-level functions, the program class's private
// methods), in source order. Out: one FunctionDef each — params,
// return type, the body lowered like an instruction body, and `mut` on each account parameter the function
// writes (itself or through the functions it calls) — registered in the table the call sites look up.
import { ts } from './typescript.js';
import type { FunctionDef, FunctionParam, Stmt, Type } from '../ir/types.js';
import { snakeCase } from '../ir/names.js';
import { Messages } from '../diagnostics/messages.js';
import { Scope, type BodyEnv } from './scope.js';
import { accountKindOf } from './accounts.js';
import { lowerStatements } from './statements.js';
import { lowerTypeNode, typeText } from './types.js';
import { accountsWrittenByCalls } from './callgraph.js';
import { walkStatements } from '../ir/walk.js';
import type { HelperDeclaration } from './collect.js';

/** Account kinds a function parameter may have: the ones whose data a plain Rust `fn` can take by reference. */
const FUNCTION_ACCOUNT_KINDS: ReadonlySet<string> = new Set(['state', 'tokenAccount', 'associatedTokenAccount', 'mint']);

/**
 * Lowers every function: all signatures first (instructions may call any function), then the bodies in
 * declaration order, so a body's callees are complete when it is lowered (a function calls only earlier ones).
 */
export function lowerFunctions(env: BodyEnv, table: Map<HelperDeclaration, FunctionDef>): FunctionDef[] {
  const signatures = env.model.functions.flatMap((decl) => {
    const sig = lowerSignature(env, decl);
    if (!sig) return [];
    table.set(decl, sig.def);
    return [{ decl, ...sig }];
  });
  for (const { decl, def, scope } of signatures) lowerBody(env, decl, def, scope);
  return signatures.map((s) => s.def);
}

function lowerSignature(env: BodyEnv, decl: HelperDeclaration): { def: FunctionDef; scope: Scope } | null {
  const { ctx } = env;
  const id = decl.name;
  const isAsync = (ts.getModifiers(decl) ?? []).some((m) => m.kind === ts.SyntaxKind.AsyncKeyword);
  if (!id || !decl.body || decl.asteriskToken || isAsync || decl.typeParameters) {
    ctx.error(Messages.UnsupportedFunctionForm, id ?? decl, id?.text ?? 'default');
    return null;
  }
  const before = ctx.errorCount();
  const name = snakeCase(id.text);
  const returns = decl.type ? lowerReturnType(env, decl.type) : undefined;
  if (!decl.type) ctx.error(Messages.MissingReturnType, id, id.text);
  const scope = new Scope();
  const params: FunctionParam[] = [];
  for (const p of decl.parameters) {
    const param = lowerParam(env, id.text, p);
    if (!param) continue;
    params.push(param);
    const paramName = (p.name as ts.Identifier).text;
    const span = ctx.span(p.name);
    if (param.kind === 'value') scope.declare(paramName, { kind: 'arg', arg: { name: param.name, type: param.type, span } });
    else {
      const kind = param.account;
      const state = kind.kind === 'state' ? [...env.model.states.values()].find((st) => st.name === kind.type) : undefined;
      const accountParam = { name: param.name, account: kind, mut: false, signer: false, hasOne: [], implicit: false, span };
      scope.declare(paramName, { kind: 'account', param: accountParam, state, decl: p });
    }
  }
  if (ctx.errorCount() > before || returns === undefined) return null;
  return { def: { name, params, returns, body: [], span: ctx.span(id) }, scope };
}

/** `void`/`Result` → null; a value type; undefined after a diagnostic. */
function lowerReturnType(env: BodyEnv, node: ts.TypeNode): Type | null | undefined {
  if (node.kind === ts.SyntaxKind.VoidKeyword) return null;
  if (ts.isTypeReferenceNode(node) && env.ctx.dslName(node.typeName) === 'Result') return null;
  return lowerValueType(env, node) ?? undefined;
}

function lowerParam(env: BodyEnv, fnName: string, p: ts.ParameterDeclaration): FunctionParam | null {
  const { ctx } = env;
  if (!ts.isIdentifier(p.name)) {
    ctx.error(Messages.DestructuringNotSupported, p.name);
    return null;
  }
  const name = snakeCase(p.name.text);
  if (!p.type) {
    ctx.error(Messages.MissingParamType, p, p.name.text);
    return null;
  }
  if (p.questionToken) {
    ctx.error(Messages.OptionalNotArgument, p, p.getText(ctx.sourceFile));
    return null;
  }
  if (p.dotDotDotToken || p.initializer) {
    ctx.error(Messages.UnsupportedType, p, p.getText(ctx.sourceFile));
    return null;
  }
  const account = accountKindOf(ctx, env.model, p.type);
  if (account) {
    const zeroCopy = account.kind === 'state' && [...env.model.states.values()].some((d) => d.name === account.type && d.zeroCopy);
    if (zeroCopy) {
      ctx.error(Messages.ZeroCopyFunctionArgument, p.type, fnName, p.name.text);
      return null;
    }
    if (FUNCTION_ACCOUNT_KINDS.has(account.kind)) return { kind: 'account', name, account, mut: false, span: ctx.span(p.name) };
    ctx.error(Messages.FunctionAccountParam, p.type, p.name.text, fnName, p.type.getText(ctx.sourceFile));
    return null;
  }
  if (ts.isTypeReferenceNode(p.type) && ctx.dslName(p.type.typeName) === undefined && !structOf(env, p.type.typeName)) {
    ctx.error(Messages.UnknownAccountType, p.type, p.type.getText(ctx.sourceFile));
    return null;
  }
  const type = lowerValueType(env, p.type);
  return type && { kind: 'value', name, type, span: ctx.span(p.name) };
}

/** Integers, Boolean, Pubkey and structs: the values a function takes and returns by copy. */
function lowerValueType(env: BodyEnv, node: ts.TypeNode): Type | null {
  const type = lowerTypeNode(env.ctx, node, (n) => structOf(env, n));
  if (!type) return null;
  if (type.kind === 'int' || type.kind === 'bool' || type.kind === 'pubkey' || type.kind === 'struct') return type;
  env.ctx.error(Messages.FunctionValueType, node, typeText(type));
  return null;
}

function structOf(env: BodyEnv, n: ts.EntityName): string | undefined {
  const decl = env.ctx.userDeclaration(n);
  return decl ? env.model.structs.get(decl)?.name : undefined;
}

function lowerBody(env: BodyEnv, decl: HelperDeclaration, def: FunctionDef, scope: Scope): void {
  const { ctx } = env;
  const before = ctx.errorCount();
  const body = lowerStatements({ ...env, inFunction: { decl, def } }, scope, decl.body!.statements, false);
  // A `return` whose value was reported is missing from `body`: the function is not missing one.
  if (def.returns && ctx.errorCount() === before && !alwaysReturns(body)) ctx.error(Messages.MissingReturn, decl.name!, decl.name!.text, typeText(def.returns));
  const written = accountsWrittenByCalls(body, env.functions.values());
  for (const s of walkStatements(body)) if (s.kind === 'assign' && s.place.kind === 'field') written.add(s.place.account);
  for (const p of def.params) if (p.kind === 'account') p.mut = written.has(p.name);
  def.body = body;
}

/** True when no path through `stmts` reaches its end: some statement returns on every path. */
function alwaysReturns(stmts: readonly Stmt[]): boolean {
  return stmts.some((s) => s.kind === 'return' || (s.kind === 'if' && alwaysReturns(s.then) && alwaysReturns(s.else)));
}
