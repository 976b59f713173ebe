// `TokenProgram.<fn>(…)` statements → tokenCpi IR.
// In: the call, whose arguments TypeScript has already matched against the DSL signature (so account
// kinds per role are right). Out: the tokenCpi statement (account parameter per role of src/ir/token.ts,
// value arguments in DSL order, optional signer seeds), or diagnostics.
import { ts } from './typescript.js';
import type { Expr, SignerSeed, Stmt, TokenFn } from '../ir/types.js';
import { AUTHORITY_TYPES, SET_AUTHORITY, TOKEN_FNS } from '../ir/token.js';
import { Messages } from '../diagnostics/messages.js';
import type { AccountBinding, BodyEnv, Scope } from './scope.js';
import { signerParams } from './accounts.js';
import { lowerExpr } from './expressions.js';
import { lowerSignerSeeds } from './seeds.js';
import { lowerMaybeOption } from './optionals.js';
import { refuseZeroCopyCpiAccount } from './zerocopy.js';

type PlainTokenFn = Exclude<TokenFn, 'setAuthority' | 'initializeMint'>;

const isPlainTokenFn = (name: string): name is PlainTokenFn => Object.hasOwn(TOKEN_FNS, name) && name !== 'initializeMint';

export function lowerTokenCpi(env: BodyEnv, scope: Scope, call: ts.CallExpression, method: string): Stmt[] {
  if (method === 'setAuthority') return lowerSetAuthority(env, scope, call);
  if (method === 'initializeMint') return lowerInitializeMint(env, scope, call);
  if (!isPlainTokenFn(method)) {
    // `TokenProgram.call(…)`, `.bind(…)`: what every class has, but no token instruction.
    env.ctx.error(Messages.UnsupportedCall, call.expression, call.expression.getText(env.ctx.sourceFile));
    return [];
  }
  const spec = TOKEN_FNS[method];
  const args = call.arguments;
  const accounts = roleAccounts(env, scope, method, spec.accounts, args);
  const values = spec.args.map((a, i) => lowerExpr(env, scope, args[spec.accounts.length + i], a.type));
  const seeds = signerSeeds(env, scope, args[spec.accounts.length + spec.args.length]);
  if (!accounts || values.some((v) => v === null) || seeds === null) return [];
  return [cpi(env, call, method, accounts, values as Expr[], seeds)];
}

/** setAuthority(currentAuthority, accountOrMint, AuthorityType.X, newAuthority?, signerSeeds?). */
function lowerSetAuthority(env: BodyEnv, scope: Scope, call: ts.CallExpression): Stmt[] {
  const [, , typeNode, newNode, seedsNode] = call.arguments;
  const accounts = roleAccounts(env, scope, 'setAuthority', SET_AUTHORITY.accounts, call.arguments);
  const authorityType = authorityTypeOf(env, typeNode);
  // `undefined` in the new-authority slot removes the authority while still passing signer seeds.
  const newAuthority = isAbsent(scope, newNode) ? undefined : lowerMaybeOption(env, scope, newNode!, () => lowerExpr(env, scope, newNode!, { kind: 'pubkey' }));
  const seeds = signerSeeds(env, scope, seedsNode);
  if (!accounts || !authorityType || newAuthority === null || seeds === null) return [];
  const values = newAuthority ? [authorityType, newAuthority] : [authorityType];
  return [cpi(env, call, 'setAuthority', accounts, values, seeds)];
}

/**
 * initializeMint(mint, decimals, authority, freezeAuthority?, signerSeeds?): the authorities are account keys
 * or Pubkey values; the freeze authority may be an optional argument (None leaves the mint without one).
 */
function lowerInitializeMint(env: BodyEnv, scope: Scope, call: ts.CallExpression): Stmt[] {
  const [, decimalsNode, authorityNode, freezeNode, seedsNode] = call.arguments;
  const accounts = roleAccounts(env, scope, 'initializeMint', TOKEN_FNS.initializeMint.accounts, call.arguments);
  const decimals = lowerExpr(env, scope, decimalsNode, { kind: 'int', name: 'u8' });
  const authority = keyValue(env, scope, authorityNode);
  const freeze = isAbsent(scope, freezeNode) ? undefined : lowerMaybeOption(env, scope, freezeNode!, () => keyValue(env, scope, freezeNode!));
  const seeds = signerSeeds(env, scope, seedsNode);
  const payer = accounts ? mintCreationPayer(env, scope, call) : undefined;
  if (!accounts || !payer || !decimals || !authority || freeze === null || seeds === null) return [];
  const stmt = cpi(env, call, 'initializeMint', accounts, freeze ? [decimals, authority, freeze] : [decimals, authority], seeds);
  return [{ ...stmt, createMint: { payer: payer.param.name } }];
}

/**
 * Who pays for creating the mint's account when it does not exist yet: the payer `mint.init(payer)` names, else
 * the instruction's only Signer parameter (as for `init()` without a payer); with none or several, reported.
 */
function mintCreationPayer(env: BodyEnv, scope: Scope, call: ts.CallExpression): AccountBinding | undefined {
  const node = call.arguments[0];
  const mint = ts.isIdentifier(node) ? scope.lookup(node.text) : undefined;
  if (mint?.kind !== 'account' || mint.param.account.kind !== 'mintToInitialize') throw new Error('internal: initializeMint of a mint not marked for it');
  if (mint.mintPayer) return mint.mintPayer;
  const signers = signerParams(scope, mint);
  if (signers.length === 1) return signers[0];
  const names = signers.map((b) => b.decl.name.getText(env.ctx.sourceFile)).join(', ');
  env.ctx.error(Messages.MintCreationPayer, call.expression, node.getText(env.ctx.sourceFile), signers.length === 0 ? 'none' : `${signers.length} (${names})`);
  return undefined;
}

/** An authority: an account parameter (its key) or a Pubkey value. */
function keyValue(env: BodyEnv, scope: Scope, node: ts.Expression): Expr | null {
  const b = ts.isIdentifier(node) ? scope.lookup(node.text) : undefined;
  if (b?.kind === 'account') return { kind: 'accountKey', account: b.param.name, type: { kind: 'pubkey' } };
  return lowerExpr(env, scope, node, { kind: 'pubkey' });
}

/** An optional parameter left out, or given as `undefined`. */
const isAbsent = (scope: Scope, node: ts.Expression | undefined): boolean =>
  !node || (ts.isIdentifier(node) && node.text === 'undefined' && !scope.lookup('undefined'));

function cpi(env: BodyEnv, call: ts.CallExpression, fn: TokenFn, accounts: Record<string, string>, args: Expr[], signerSeeds: SignerSeed[] | undefined): Stmt & { kind: 'tokenCpi' } {
  const stmt: Stmt & { kind: 'tokenCpi' } = { kind: 'tokenCpi', fn, accounts, args, span: env.ctx.span(call) };
  return signerSeeds ? { ...stmt, signerSeeds } : stmt;
}

/**
 * Marks every Mint parameter that `TokenProgram.initializeMint` initializes somewhere in `body`: it is not a
 * mint yet when the instruction starts, so it is not loaded as one (IR `mintToInitialize`), and it signs.
 */
export function markMintsToInitialize(env: BodyEnv, scope: Scope, body: ts.Node): void {
  const visit = (node: ts.Node): void => {
    const callee = ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression) ? node.expression : undefined;
    if (callee?.name.text === 'initializeMint' && env.ctx.dslName(callee.expression) === 'TokenProgram') {
      const first = (node as ts.CallExpression).arguments[0];
      const b = first && ts.isIdentifier(first) ? scope.lookup(first.text) : undefined;
      if (b?.kind === 'account' && b.param.account.kind === 'mint') {
        b.param.account = { kind: 'mintToInitialize' };
        // Creating its account (createMint) needs its signature; Anchor's keypair init_if_needed asks it always.
        b.param.signer = true;
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(body);
}

/** role → account parameter name, for the leading account arguments of `fn` (none zero-copy: PS3065). */
function roleAccounts(env: BodyEnv, scope: Scope, fn: TokenFn, roles: readonly string[], args: ts.NodeArray<ts.Expression>): Record<string, string> | null {
  const accounts: Record<string, string> = {};
  let ok = true;
  roles.forEach((role, i) => {
    const node = args[i];
    if (!node) throw new Error(`internal: token call lacks its ${role} after type checking`);
    const b = ts.isIdentifier(node) ? scope.lookup(node.text) : undefined;
    if (b?.kind === 'account') {
      if (refuseZeroCopyCpiAccount(env.ctx, b, node, `TokenProgram.${fn}`)) ok = false;
      else accounts[role] = b.param.name;
    } else {
      env.ctx.error(Messages.NotAnAccount, node, node.getText(env.ctx.sourceFile));
      ok = false;
    }
  });
  return ok ? accounts : null;
}

/** Absent → undefined; a bad list → null (reported). */
function signerSeeds(env: BodyEnv, scope: Scope, node: ts.Expression | undefined): SignerSeed[] | null | undefined {
  return node ? lowerSignerSeeds(env, scope, node) : undefined;
}

/** `AuthorityType.MintTokens` → its index in SPL Token's AuthorityType, as the u8 the instruction carries. */
function authorityTypeOf(env: BodyEnv, node: ts.Expression | undefined): Expr | null {
  if (!node) throw new Error('internal: setAuthority lacks its authority type after type checking');
  const index = ts.isPropertyAccessExpression(node) && env.ctx.dslName(node.expression) === 'AuthorityType'
    ? AUTHORITY_TYPES.indexOf(node.name.text as (typeof AUTHORITY_TYPES)[number])
    : -1;
  if (index >= 0) return { kind: 'int', type: { kind: 'int', name: 'u8' }, value: BigInt(index) };
  env.ctx.error(Messages.AuthorityTypeNotMember, node);
  return null;
}
