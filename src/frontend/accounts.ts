// Account parameters and the constraint calls on them.
// In: a method parameter's type, or a top-level statement like `s.derive([...]).init(payer)`.
// Out: the AccountParam (kind, pda, init, close, has_one) filled in, or diagnostics.
import ts from 'typescript';
import type { AccountKind, Expr } from '../ir/types.js';
import { snakeCase } from '../ir/names.js';
import { Messages } from '../diagnostics/messages.js';
import type { LowerContext } from './context.js';
import type { ProgramModel } from './collect.js';
import type { AccountBinding, BodyEnv, Scope } from './scope.js';
import { CONSTRAINT_METHODS } from './calls.js';
import { exprType, lowerUnchecked } from './expressions.js';
import { lowerSeeds } from './seeds.js';
import { typeText } from './types.js';

const BUILTIN_ACCOUNTS: Record<string, AccountKind> = {
  Signer: { kind: 'signer' },
  UncheckedAccount: { kind: 'unchecked' },
  SystemAccount: { kind: 'system' },
  AccountInfo: { kind: 'accountInfo' },
};

/**
 * The account kind a parameter type denotes: a builtin account, a state interface, or undefined
 * when the type is not an account type at all (then it is an argument).
 */
export function accountKindOf(ctx: LowerContext, model: ProgramModel, type: ts.TypeNode): AccountKind | undefined {
  if (!ts.isTypeReferenceNode(type)) return undefined;
  const builtin = BUILTIN_ACCOUNTS[ctx.dslName(type.typeName) ?? ''];
  if (builtin) return builtin;
  const decl = ctx.userDeclaration(type.typeName);
  const state = decl ? model.states.get(decl) : undefined;
  return state ? { kind: 'state', type: state.name } : undefined;
}

export const isTokenKind = (k: AccountKind): boolean =>
  k.kind === 'mint' || k.kind === 'tokenAccount' || k.kind === 'associatedTokenAccount';

interface ConstraintCall {
  name: ts.Identifier;
  call: ts.CallExpression;
}

/** `acc.a(…).b(…)` → the root identifier and the calls in source order. */
function callChain(expr: ts.Expression): { root: ts.Identifier; calls: ConstraintCall[] } | null {
  const calls: ConstraintCall[] = [];
  let e = expr;
  while (ts.isCallExpression(e) && ts.isPropertyAccessExpression(e.expression) && ts.isIdentifier(e.expression.name)) {
    calls.unshift({ name: e.expression.name, call: e });
    e = e.expression.expression;
  }
  return ts.isIdentifier(e) && calls.length > 0 ? { root: e, calls } : null;
}

/** The account a constraint statement applies to, when `stmt` is one. */
export function constraintTarget(scope: Scope, stmt: ts.Statement): AccountBinding | undefined {
  if (!ts.isExpressionStatement(stmt)) return undefined;
  const chain = callChain(stmt.expression);
  const b = chain ? scope.lookup(chain.root.text) : undefined;
  return b?.kind === 'account' && chain!.calls.some((c) => CONSTRAINT_METHODS.has(c.name.text)) ? b : undefined;
}

export function applyConstraints(env: BodyEnv, scope: Scope, stmt: ts.ExpressionStatement): void {
  const chain = callChain(stmt.expression);
  const target = chain && scope.lookup(chain.root.text);
  if (!chain || target?.kind !== 'account') throw new Error('internal: not a constraint statement');
  // Token accounts were reported at their parameter; their constraints are not lowered yet.
  if (isTokenKind(target.param.account)) return;
  for (const c of chain.calls) applyConstraint(env, scope, target, c);
}

function applyConstraint(env: BodyEnv, scope: Scope, target: AccountBinding, { name, call }: ConstraintCall): void {
  const { ctx } = env;
  const p = target.param;
  const method = name.text;
  const args = call.arguments;
  const accountName = target.decl.name.getText(ctx.sourceFile);
  if (p.account.kind === 'signer') {
    if (method === 'derive' || method === 'deriveWithBump') ctx.error(Messages.DeriveOnSigner, name, accountName);
    else ctx.error(Messages.ConstraintOnSigner, name, accountName, method);
    return;
  }
  switch (method) {
    case 'derive':
    case 'deriveWithBump': {
      if (p.pda) return ctx.error(Messages.DuplicateConstraint, name, 'derive', accountName);
      const seeds = args[0] ? lowerSeeds(env, scope, args[0], true) : null;
      if (method === 'derive') {
        if (seeds) p.pda = { seeds, bump: { kind: 'canonical' } };
        return;
      }
      const bump = args[1] ? lowerBump(env, scope, args[1]) : null;
      if (seeds && bump) p.pda = { seeds, bump: { kind: 'given', value: bump } };
      return;
    }
    case 'init':
    case 'initIfNeeded': {
      if (p.account.kind !== 'state') return ctx.error(Messages.InitNotState, name, accountName, method);
      if (p.init) return ctx.error(Messages.DuplicateConstraint, name, method, accountName);
      if (!args[0]) return ctx.error(Messages.InitWithoutPayer, call, accountName, method);
      const payer = accountArgument(env, scope, args[0]);
      if (!payer) return;
      if (payer.param.account.kind !== 'signer') return ctx.error(Messages.PayerNotSigner, args[0], args[0].getText(ctx.sourceFile));
      p.init = { payer: payer.param.name, ifNeeded: method === 'initIfNeeded', space: 8 + (target.state?.initSpace ?? 0) };
      return;
    }
    case 'close': {
      if (p.account.kind !== 'state') return ctx.error(Messages.CloseNotState, name, accountName);
      if (p.close) return ctx.error(Messages.DuplicateConstraint, name, method, accountName);
      const dest = args[0] ? accountArgument(env, scope, args[0]) : undefined;
      if (!dest) return;
      if (dest === target) return ctx.error(Messages.CloseSelf, args[0], accountName);
      p.close = dest.param.name;
      return;
    }
    case 'has':
      return applyHas(env, scope, target, call);
    default:
      ctx.error(Messages.UnsupportedConstraint, name, method);
  }
}

function lowerBump(env: BodyEnv, scope: Scope, node: ts.Expression): Expr | null {
  const bump = lowerUnchecked(env, scope, node, { kind: 'int', name: 'u8' });
  if (!bump) return null;
  const t = exprType(bump);
  if (t.kind === 'int' && t.name === 'u8') return bump;
  env.ctx.error(Messages.BumpNotU8, node, typeText(t));
  return null;
}

function accountArgument(env: BodyEnv, scope: Scope, node: ts.Expression): AccountBinding | undefined {
  const b = ts.isIdentifier(node) ? scope.lookup(node.text) : undefined;
  if (b?.kind === 'account') return b;
  env.ctx.error(Messages.NotAnAccount, node, node.getText(env.ctx.sourceFile));
  return undefined;
}

function applyHas(env: BodyEnv, scope: Scope, target: AccountBinding, call: ts.CallExpression): void {
  const { ctx } = env;
  const list = call.arguments[0];
  if (!target.state) return ctx.error(Messages.HasOnNonState, call.expression, target.decl.name.getText(ctx.sourceFile));
  if (!list || !ts.isArrayLiteralExpression(list)) return ctx.error(Messages.UnsupportedConstraint, call, 'has');
  for (const el of list.elements) {
    const other = accountArgument(env, scope, el);
    if (!other) continue;
    const fieldName = snakeCase(el.getText(ctx.sourceFile));
    const field = target.state.fields.find((f) => f.name === fieldName);
    if (!field || field.type.kind !== 'pubkey') {
      ctx.error(Messages.HasOneMissingField, el, el.getText(ctx.sourceFile), target.state.name);
      continue;
    }
    if (!target.param.hasOne.includes(other.param.name)) target.param.hasOne.push(other.param.name);
  }
}
