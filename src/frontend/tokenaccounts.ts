// SPL Token account parameters: Mint, TokenAccount and AssociatedTokenAccount.
// In: a parameter's DSL type name, a `derive(…)` call on one of them, or a read of one of their fields.
// Out: the AccountKind; the pda + token / associatedToken / mint constraint on the AccountParam; a field Expr.
import { ts } from './typescript.js';
import type { AccountKind, Bump, Expr, Seed, Type } from '../ir/types.js';
import { MINT_FIELDS, MINT_SIZE, TOKEN_ACCOUNT_FIELDS, TOKEN_ACCOUNT_SIZE, type SplField } from '../ir/token.js';
import { Messages } from '../diagnostics/messages.js';
import type { AccountBinding, BodyEnv, Scope } from './scope.js';
import { lowerBump, lowerSeeds } from './seeds.js';
import { sameType } from './types.js';

export const TOKEN_ACCOUNT_KINDS: Readonly<Record<string, AccountKind>> = {
  Mint: { kind: 'mint' },
  TokenAccount: { kind: 'tokenAccount' },
  AssociatedTokenAccount: { kind: 'associatedTokenAccount' },
};

export const isTokenKind = (k: AccountKind): boolean =>
  k.kind === 'mint' || k.kind === 'tokenAccount' || k.kind === 'associatedTokenAccount';

/** Bytes `init` allocates: the fixed sizes of the SPL layouts (no discriminator). */
export const tokenAccountSpace = (k: AccountKind): number => (k.kind === 'mint' ? MINT_SIZE : TOKEN_ACCOUNT_SIZE);

/** `vault.amount`, `mint.supply`: a readable field of the SPL layout, named as src/ir/token.ts names it. */
export function lowerTokenField(env: BodyEnv, binding: AccountBinding, name: ts.Identifier): Expr | null {
  const fields: readonly SplField[] = binding.param.account.kind === 'mint' ? MINT_FIELDS : TOKEN_ACCOUNT_FIELDS;
  const field = fields.find((f) => f.name === name.text);
  if (field) return { kind: 'field', account: binding.param.name, path: [field.name], type: field.type };
  env.ctx.error(Messages.UnsupportedAccountProperty, name, name.text);
  return null;
}

/** What `init` of a token kind needs from a `derive` (Anchor cannot create one without); undefined for other kinds. */
export function missingTokenDerive(k: AccountKind): { what: string; args: string } | undefined {
  switch (k.kind) {
    case 'tokenAccount': return { what: 'mint and authority', args: 'seeds, mint, authority' };
    case 'associatedTokenAccount': return { what: 'mint and authority', args: 'mint, authority' };
    case 'mint': return { what: 'authority and decimals', args: 'seeds | null, authority, decimals' };
    default: return undefined;
  }
}

/**
 * `ta.derive(seeds, mint, authority)`, `ta.deriveWithBump(seeds, mint, authority, bump)`, `ata.derive(mint, authority)`,
 * `mint.derive(seeds | null, authority, decimals, freeze?)`. TypeScript has checked the arity already.
 */
export function applyTokenDerive(env: BodyEnv, scope: Scope, target: AccountBinding, method: string, call: ts.CallExpression): void {
  const p = target.param;
  const owner = target.decl.name.getText(env.ctx.sourceFile);
  const arg = (i: number): ts.Expression => {
    const node = call.arguments[i];
    if (!node) throw new Error(`internal: ${owner}.${method} lacks argument ${i} after type checking`);
    return node;
  };
  switch (p.account.kind) {
    case 'tokenAccount': {
      const seeds = lowerSeeds(env, scope, arg(0), true);
      const mint = mintParam(env, scope, arg(1), owner);
      const authority = keyParam(env, scope, arg(2), 'authority', owner);
      const bump = method === 'deriveWithBump' ? givenBump(env, scope, arg(3)) : { kind: 'canonical' } as const;
      if (seeds && mint && authority && bump) {
        p.pda = { seeds, bump };
        p.token = { mint, authority };
      }
      return;
    }
    case 'associatedTokenAccount': {
      const mint = mintParam(env, scope, arg(0), owner);
      const authority = keyParam(env, scope, arg(1), 'authority', owner);
      if (mint && authority) p.associatedToken = { mint, authority };
      return;
    }
    case 'mint': {
      // `null` seeds: a keypair mint, which signs its own creation.
      const seeds: Seed[] | null | undefined = arg(0).kind === ts.SyntaxKind.NullKeyword ? undefined : lowerSeeds(env, scope, arg(0), true);
      const [, authorityNode, decimalsNode, freezeNode] = call.arguments;
      if (authorityNode && !decimalsNode) env.ctx.error(Messages.MintDeriveWithoutDecimals, call.expression, owner);
      // Seeds alone (Poseidon's older spelling): Poseidon emitted only `seeds = [...], bump`, the address check
      // of an existing mint; its authority and decimals are the mint's own.
      if (!authorityNode || !decimalsNode) {
        if (seeds) p.pda = { seeds, bump: { kind: 'canonical' } };
        return;
      }
      const authority = keyParam(env, scope, authorityNode, 'authority', owner);
      const decimals = mintDecimals(env, scope, decimalsNode);
      const freezeAuthority = freezeNode ? mintFreezeAuthority(env, scope, freezeNode, owner) : undefined;
      if (seeds === null || !authority || decimals === null || freezeAuthority === null) return;
      if (seeds) p.pda = { seeds, bump: { kind: 'canonical' } };
      p.mint = freezeAuthority ? { authority, decimals, freezeAuthority } : { authority, decimals };
      return;
    }
    default:
      throw new Error(`internal: ${owner} is not a token account`);
  }
}

function givenBump(env: BodyEnv, scope: Scope, node: ts.Expression): Bump | null {
  const value = lowerBump(env, scope, node);
  return value && { kind: 'given', value };
}

/** The account parameter behind `acc` or `acc.key`. */
function accountBehind(scope: Scope, node: ts.Expression): AccountBinding | undefined {
  const root = ts.isPropertyAccessExpression(node) && node.name.text === 'key' ? node.expression : node;
  const b = ts.isIdentifier(root) ? scope.lookup(root.text) : undefined;
  return b?.kind === 'account' ? b : undefined;
}

/** The mint of a token account: a Mint parameter, as `mint` or `mint.key`. */
function mintParam(env: BodyEnv, scope: Scope, node: ts.Expression, owner: string): string | null {
  const b = accountBehind(scope, node);
  if (b?.param.account.kind === 'mint') return b.param.name;
  if (b?.param.account.kind === 'mintToInitialize') {
    env.ctx.error(Messages.MintInitializedHere, node, b.decl.name.getText(env.ctx.sourceFile), `it cannot be the mint of ${owner}'s constraints`);
  } else env.ctx.error(Messages.NotAMint, node, node.getText(env.ctx.sourceFile), owner);
  return null;
}

/** An authority: the key of any account parameter. Anchor's `token::authority = x` names an account. */
function keyParam(env: BodyEnv, scope: Scope, node: ts.Expression, role: string, owner: string): string | null {
  const b = accountBehind(scope, node);
  if (b) return b.param.name;
  env.ctx.error(Messages.AuthorityNotAccount, node, node.getText(env.ctx.sourceFile), role, owner);
  return null;
}

/**
 * `mint::decimals`: Anchor evaluates it while validating the accounts, so it is a literal 0..255, `new u8(n)`,
 * or a u8 instruction argument (which Anchor reads through `#[instruction(…)]`).
 */
function mintDecimals(env: BodyEnv, scope: Scope, node: ts.Expression): Expr | null {
  const u8: Type & { kind: 'int' } = { kind: 'int', name: 'u8' };
  const literal = ts.isNewExpression(node) && env.ctx.dslName(node.expression) === 'u8' && node.arguments?.length === 1
    ? node.arguments[0]
    : node;
  const text = literal.getText(env.ctx.sourceFile);
  if (ts.isNumericLiteral(literal) && /^\d+$/.test(text) && Number(text) <= 255) return { kind: 'int', type: u8, value: BigInt(text) };
  const b = ts.isIdentifier(node) ? scope.lookup(node.text) : undefined;
  if (b?.kind === 'arg' && sameType(b.arg.type, u8)) return { kind: 'arg', name: b.arg.name, type: u8 };
  env.ctx.error(Messages.MintDecimals, node, node.getText(env.ctx.sourceFile));
  return null;
}

/** `mint::freeze_authority`: an account's key, or a Pubkey instruction argument (never an optional one: Anchor always sets it). */
function mintFreezeAuthority(env: BodyEnv, scope: Scope, node: ts.Expression, owner: string): Expr | null {
  const account = accountBehind(scope, node);
  if (account) return { kind: 'accountKey', account: account.param.name, type: { kind: 'pubkey' } };
  const b = ts.isIdentifier(node) ? scope.lookup(node.text) : undefined;
  if (b?.kind === 'arg' && b.arg.type.kind === 'pubkey') return { kind: 'arg', name: b.arg.name, type: b.arg.type };
  if (b?.kind === 'arg' && b.arg.type.kind === 'option') env.ctx.error(Messages.MintFreezeOptional, node, owner, node.getText(env.ctx.sourceFile));
  else env.ctx.error(Messages.MintKeyNotKey, node, node.getText(env.ctx.sourceFile), 'freeze authority', owner);
  return null;
}
