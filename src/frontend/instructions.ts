// One program-class method → one IR Instruction.
// In: the method declaration and the ProgramModel. Out: the instruction (args and accounts in
// parameter order, constraints applied, body lowered, mut/signer flags and implicit programs derived).
import ts from 'typescript';
import type { AccountParam, Arg, Instruction } from '../ir/types.js';
import { snakeCase } from '../ir/names.js';
import { sighash } from '../ir/discriminator.js';
import { Messages } from '../diagnostics/messages.js';
import { Scope, type AccountBinding, type BodyEnv } from './scope.js';
import { accountKindOf, applyConstraints, checkTokenInit, constraintTarget } from './accounts.js';
import { finishAccounts } from './accountflags.js';
import { lowerStatements } from './statements.js';
import { lowerTypeNode } from './types.js';

export function lowerInstruction(env: BodyEnv, method: ts.MethodDeclaration): Instruction | null {
  const { ctx } = env;
  const tsName = method.name.getText(ctx.sourceFile);
  const name = snakeCase(tsName);
  const before = ctx.diagnostics.length;
  const scope = new Scope();
  const accounts: AccountParam[] = [];
  const args: Arg[] = [];

  for (const p of method.parameters) lowerParameter(env, scope, p, accounts, args);

  const statements = method.body?.statements ?? [];
  // Constraints first: the body may read what they define (e.g. `acc.getBump()` before `acc.derive`).
  const constrained = new Set<AccountBinding>();
  for (const s of statements) {
    const target = constraintTarget(scope, s);
    if (!target) continue;
    applyConstraints(env, scope, s as ts.ExpressionStatement);
    constrained.add(target);
  }
  for (const target of constrained) checkTokenInit(env, target);
  const body = lowerStatements(env, scope, statements, true);
  finishAccounts(env, method, accounts, body);
  if (ctx.diagnostics.length > before) return null;
  return { name, discriminator: sighash('global', name), args, accounts, body, span: ctx.span(method.name) };
}

/** Declares one method parameter as an account or an argument (in parameter order). */
function lowerParameter(env: BodyEnv, scope: Scope, p: ts.ParameterDeclaration, accounts: AccountParam[], args: Arg[]): void {
  const { ctx } = env;
  if (!ts.isIdentifier(p.name)) return ctx.error(Messages.DestructuringNotSupported, p.name);
  const rustName = snakeCase(p.name.text);
  if (!p.type) return ctx.error(Messages.MissingParamType, p, p.name.text);
  if (p.questionToken || p.dotDotDotToken || p.initializer) return ctx.error(Messages.UnsupportedType, p, p.getText(ctx.sourceFile));

  const kind = accountKindOf(ctx, env.model, p.type);
  if (kind) {
    const param: AccountParam = { name: rustName, account: kind, mut: false, signer: kind.kind === 'signer', hasOne: [], implicit: false, span: ctx.span(p.name) };
    const state = kind.kind === 'state' ? [...env.model.states.values()].find((st) => st.name === kind.type) : undefined;
    accounts.push(param);
    scope.declare(p.name.text, { kind: 'account', param, state, decl: p });
    return;
  }
  const structOf = (n: ts.EntityName) => {
    const decl = ctx.userDeclaration(n);
    return decl ? env.model.structs.get(decl)?.name : undefined;
  };
  if (ts.isTypeReferenceNode(p.type) && ctx.dslName(p.type.typeName) === undefined && !structOf(p.type.typeName)) {
    return ctx.error(Messages.UnknownAccountType, p.type, p.type.getText(ctx.sourceFile));
  }
  const type = lowerTypeNode(ctx, p.type, structOf);
  if (!type) return;
  const arg: Arg = { name: rustName, type, span: ctx.span(p.name) };
  args.push(arg);
  scope.declare(p.name.text, { kind: 'arg', arg });
}
