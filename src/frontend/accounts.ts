// Account parameters and the constraint calls on them.
// In: a method parameter's type, or a top-level statement like `s.derive([...]).init(payer)`.
// Out: the AccountParam (kind, pda, init, close, has_one; token constraints via tokenaccounts.ts) filled in,
// or diagnostics.
import { ts } from './typescript.js';
import type { AccountKind } from '../ir/types.js';
import { snakeCase } from '../ir/names.js';
import { Messages } from '../diagnostics/messages.js';
import type { LowerContext } from './context.js';
import type { ProgramModel } from './collect.js';
import type { AccountBinding, BodyEnv, Scope } from './scope.js';
import { CONSTRAINT_METHODS } from './calls.js';
import { lowerBump, lowerSeeds } from './seeds.js';
import { applyTokenDerive, isTokenKind, missingTokenDerive, TOKEN_ACCOUNT_KINDS, tokenAccountSpace } from './tokenaccounts.js';
import { UPGRADEABLE_LOADER_ID } from '../ir/loader.js';
import { calleeKind } from './callees.js';

/** The most an account may grow in an inner instruction (Solana's MAX_PERMITTED_DATA_INCREASE), as `init` creates it. */
const MAX_INNER_INCREASE = 10_240;

const BUILTIN_ACCOUNTS: Record<string, AccountKind> = {
  Signer: { kind: 'signer' },
  UncheckedAccount: { kind: 'unchecked' },
  SystemAccount: { kind: 'system' },
  AccountInfo: { kind: 'accountInfo' },
  ProgramData: { kind: 'programData' },
};

/**
 * The account kind a parameter type denotes: a builtin account, a state interface, or undefined
 * when the type is not an account type at all (then it is an argument).
 */
export function accountKindOf(ctx: LowerContext, model: ProgramModel, type: ts.TypeNode): AccountKind | undefined {
  if (!ts.isTypeReferenceNode(type)) return undefined;
  const dslName = ctx.dslName(type.typeName) ?? '';
  if (dslName === 'Program') return calleeKind(ctx, model, type);
  const builtin = BUILTIN_ACCOUNTS[dslName] ?? TOKEN_ACCOUNT_KINDS[dslName];
  if (builtin) return builtin;
  const decl = ctx.userDeclaration(type.typeName);
  const state = decl ? model.states.get(decl) : undefined;
  return state ? { kind: 'state', type: state.name } : undefined;
}

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
  if (p.account.kind === 'mintToInitialize') {
    if (method !== 'init' && method !== 'initIfNeeded') return ctx.error(Messages.MintInitializedHere, name, accountName, `'${method}' cannot apply to it`);
    // TokenProgram.initializeMint creates the account when it does not exist: init names who pays (Poseidon
    // programs wrote `mint.initIfNeeded()` before the call).
    if (target.mintPayer) return ctx.error(Messages.DuplicateConstraint, name, method, accountName);
    const payer = args[0] ? accountArgument(env, scope, args[0]) : impliedPayer(env, scope, target, call, method);
    if (!payer) return;
    if (args[0] && payer.param.account.kind !== 'signer') return ctx.error(Messages.PayerNotSigner, args[0], args[0].getText(ctx.sourceFile));
    target.mintPayer = payer;
    return;
  }
  switch (method) {
    case 'derive':
    case 'deriveWithBump': {
      if (target.deriveCall) return ctx.error(Messages.DuplicateConstraint, name, 'derive', accountName);
      target.deriveCall = name;
      if (isTokenKind(p.account)) return applyTokenDerive(env, scope, target, method, call);
      const seeds = args[0] ? lowerSeeds(env, scope, args[0], true) : null;
      if (method === 'derive') {
        // A ProgramData account is a PDA of the BPF upgradeable loader (Anchor's `seeds::program`).
        const program = p.account.kind === 'programData' ? { program: UPGRADEABLE_LOADER_ID } : {};
        if (seeds) p.pda = { seeds, bump: { kind: 'canonical' }, ...program };
        return;
      }
      const bump = args[1] ? lowerBump(env, scope, args[1]) : null;
      if (seeds && bump) p.pda = { seeds, bump: { kind: 'given', value: bump } };
      return;
    }
    case 'init':
    case 'initIfNeeded': {
      const token = isTokenKind(p.account);
      if (p.account.kind !== 'state' && !token) return ctx.error(Messages.InitNotState, name, accountName, method);
      if (p.init) return ctx.error(Messages.DuplicateConstraint, name, method, accountName);
      if (p.zero) return ctx.error(Messages.ZeroWithInit, name, accountName);
      const payer = args[0] ? accountArgument(env, scope, args[0]) : impliedPayer(env, scope, target, call, method);
      if (!payer) return;
      if (args[0] && payer.param.account.kind !== 'signer') return ctx.error(Messages.PayerNotSigner, args[0], args[0].getText(ctx.sourceFile));
      const space = token ? tokenAccountSpace(p.account) : 8 + (target.state?.initSpace ?? 0);
      // Solana's limit on growth in an inner instruction (MAX_PERMITTED_DATA_INCREASE): Anchor accepts the
      // program, whose instruction can never succeed.
      if (space > MAX_INNER_INCREASE) ctx.warn(Messages.InitTooLarge, name, accountName, space);
      p.init = { payer: payer.param.name, ifNeeded: method === 'initIfNeeded', space };
      target.initCall = name;
      return;
    }
    case 'zero': {
      if (!target.state?.zeroCopy) return ctx.error(Messages.ZeroNotZeroCopy, name, accountName);
      if (p.zero) return ctx.error(Messages.DuplicateConstraint, name, method, accountName);
      if (p.init) return ctx.error(Messages.ZeroWithInit, name, accountName);
      p.zero = true;
      p.mut = true;
      return;
    }
    case 'close': {
      // The token program owns token accounts and mints: Anchor's `close =` cannot reassign them.
      if (p.account.kind === 'mint') return ctx.error(Messages.MintCloseNotAllowed, name, accountName);
      if (isTokenKind(p.account)) return ctx.error(Messages.TokenCloseNotAllowed, name, accountName);
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
    case 'constraints':
      return applyConstraintList(env, call);
    default:
      ctx.error(Messages.UnsupportedConstraint, name, method);
  }
}

/** A token account or mint created with init needs the mint/authority/decimals its derive gives. */
export function checkTokenInit(env: BodyEnv, target: AccountBinding): void {
  const missing = missingTokenDerive(target.param.account);
  if (!target.initCall || !missing) return;
  const accountName = target.decl.name.getText(env.ctx.sourceFile);
  if (!target.deriveCall) {
    env.ctx.error(Messages.TokenInitWithoutDerive, target.initCall, accountName, target.initCall.text, missing.what, missing.args);
    return;
  }
  // A mint derived from its seeds alone has no authority and decimals to create it with (Poseidon emitted an
  // `init` that Anchor rejects).
  const deriveCall = target.deriveCall.parent.parent;
  const seedsOnly = ts.isCallExpression(deriveCall) && deriveCall.arguments.length === 1;
  if (target.param.account.kind === 'mint' && seedsOnly) {
    env.ctx.error(Messages.MintInitWithoutParams, target.initCall, accountName, target.initCall.text);
  }
}

/**
 * `acc.init()` without a payer, as Poseidon wrote it before late 2024: Poseidon made the instruction's Signer
 * parameter pay. With exactly one Signer that is unambiguous; with none or several the payer must be named.
 */
function impliedPayer(env: BodyEnv, scope: Scope, target: AccountBinding, call: ts.CallExpression, method: string): AccountBinding | undefined {
  const { ctx } = env;
  const accountName = target.decl.name.getText(ctx.sourceFile);
  const signers = signerParams(scope, target);
  if (signers.length === 1) return signers[0];
  if (signers.length === 0) ctx.error(Messages.InitWithoutPayer, call, accountName, method);
  else ctx.error(Messages.InitPayerAmbiguous, call, accountName, method, signers.length, signers.map((b) => b.decl.name.getText(ctx.sourceFile)).join(', '));
  return undefined;
}

/** The Signer parameters of the instruction `target` is a parameter of. */
export function signerParams(scope: Scope, target: AccountBinding): AccountBinding[] {
  return target.decl.parent.parameters
    .map((p) => (ts.isIdentifier(p.name) ? scope.lookup(p.name.text) : undefined))
    .filter((b): b is AccountBinding => b?.kind === 'account' && b.param.account.kind === 'signer');
}

/** Poseidon's `.constraints([...])`: the empty list (the common case) adds nothing; no entry has a meaning. */
function applyConstraintList(env: BodyEnv, call: ts.CallExpression): void {
  const list = call.arguments[0];
  if (!list || !ts.isArrayLiteralExpression(list)) return env.ctx.error(Messages.ConstraintEntry, list ?? call);
  for (const entry of list.elements) env.ctx.error(Messages.ConstraintEntry, entry);
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
  for (const listed of list.elements) {
    // Poseidon programs also list an account's key (`has([owner.key])`): it names the same account.
    const el = accountOfKey(scope, listed) ?? listed;
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

/** `acc.key` of an account parameter `acc`: the identifier `acc`; anything else: undefined. */
function accountOfKey(scope: Scope, node: ts.Expression): ts.Identifier | undefined {
  if (!ts.isPropertyAccessExpression(node) || node.name.text !== 'key' || !ts.isIdentifier(node.expression)) return undefined;
  return scope.lookup(node.expression.text)?.kind === 'account' ? node.expression : undefined;
}
