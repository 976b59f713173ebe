// One program-class method → one IR Instruction.
// In: the method declaration and the ProgramModel. Out: the instruction (args and accounts in
// parameter order, constraints applied, body lowered, mut/signer flags and implicit programs derived).
import { ts } from './typescript.js';
import type { AccountParam, Arg, Instruction } from '../ir/types.js';
import { snakeCase } from '../ir/names.js';
import { sighash } from '../ir/discriminator.js';
import { Messages } from '../diagnostics/messages.js';
import { Scope, type AccountBinding, type BodyEnv } from './scope.js';
import { accountKindOf, applyConstraints, checkTokenInit, constraintTarget } from './accounts.js';
import { finishAccounts } from './accountflags.js';
import { lowerStatements } from './statements.js';
import { lowerArgType, undefinedUnionMember } from './optionals.js';
import { isUnboundedString } from './types.js';
import { markMintsToInitialize } from './tokencpi.js';

export function lowerInstruction(env: BodyEnv, method: ts.MethodDeclaration): Instruction | null {
  const { ctx } = env;
  const tsName = method.name.getText(ctx.sourceFile);
  const name = snakeCase(tsName);
  const before = ctx.errorCount();
  const scope = new Scope();
  const accounts: AccountParam[] = [];
  const args: Arg[] = [];

  for (const p of method.parameters) lowerParameter(env, scope, p, accounts, args);

  const statements = method.body?.statements ?? [];
  if (method.body) markMintsToInitialize(env, scope, method.body);
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
  if (ctx.errorCount() > before) return null;
  return { name, discriminator: sighash('global', name), args, accounts, body, span: ctx.span(method.name) };
}

/** Declares one method parameter as an account or an argument (in parameter order). */
function lowerParameter(env: BodyEnv, scope: Scope, p: ts.ParameterDeclaration, accounts: AccountParam[], args: Arg[]): void {
  const { ctx } = env;
  if (!ts.isIdentifier(p.name)) return ctx.error(Messages.DestructuringNotSupported, p.name);
  const rustName = snakeCase(p.name.text);
  if (!p.type) return ctx.error(Messages.MissingParamType, p, p.name.text);
  if (p.dotDotDotToken || p.initializer) return ctx.error(Messages.UnsupportedType, p, p.getText(ctx.sourceFile));

  const kind = accountKindOf(ctx, env.model, p.type);
  // Anchor's optional accounts (`Option<Account<…>>`) are not part of the DSL; optional arguments are.
  if (kind && p.questionToken) return ctx.error(Messages.OptionalNotArgument, p, p.getText(ctx.sourceFile));
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
  const valueType = undefinedUnionMember(p.type) ?? p.type;
  if (ts.isTypeReferenceNode(valueType) && ctx.dslName(valueType.typeName) === undefined && !structOf(valueType.typeName) && !isUnboundedString(ctx, valueType)) {
    return ctx.error(Messages.UnknownAccountType, valueType, valueType.getText(ctx.sourceFile));
  }
  const type = lowerArgType(ctx, p as ts.ParameterDeclaration & { type: ts.TypeNode }, structOf);
  if (!type) return;
  const arg: Arg = { name: rustName, type, span: ctx.span(p.name) };
  args.push(arg);
  scope.declare(p.name.text, { kind: 'arg', arg });
}
