// PDA seeds and bumps: `derive([...])`, `deriveWithBump([...], bump)` and CPI signer seeds (which may also end with
// the bump of an account the instruction derives, `acc.getBump()`).
// In: an array literal (or a local `Seeds` list) and the scope, or a bump expression. Out: IR Seeds or the
// bump Expr, or null after a diagnostic for each seed the DSL cannot turn into bytes.
import { ts } from './typescript.js';
import type { Expr, Seed, SignerSeed, Type } from '../ir/types.js';
import { Messages } from '../diagnostics/messages.js';
import type { BodyEnv, Scope } from './scope.js';
import { exprType, isProgramClass, lowerExpr, lowerUnchecked, walkFields } from './expressions.js';
import { typeText } from './types.js';
import { decodeBase58 } from '../ir/base58.js';
import { calledFunction } from './functioncalls.js';
import { constantValue } from './constants.js';

/** Solana's limits: at most 16 seeds per address (the bump is one of them), 32 bytes each. */
const MAX_SEEDS = 16;
const MAX_SEED_BYTES = 32;

/** `withBump`: the list will get a bump appended (derive), so it may hold one seed fewer. */
export function lowerSeeds(env: BodyEnv, scope: Scope, node: ts.Expression, withBump: boolean): Seed[] | null {
  return lowerSeedList(env, scope, node, withBump, (el) => lowerSeed(env, scope, el));
}

/**
 * CPI signer seeds: PDA seeds, and `acc.getBump()` for the bump of an account the instruction derives (Poseidon
 * programs end their signer seeds with it, as Anchor programs with `ctx.bumps.acc`).
 */
export function lowerSignerSeeds(env: BodyEnv, scope: Scope, node: ts.Expression): SignerSeed[] | null {
  return lowerSeedList<SignerSeed>(env, scope, node, false, (el) => {
    if (!isGetBump(el)) return lowerSeed(env, scope, el);
    const bump = lowerExpr(env, scope, el);
    if (!bump) return null;
    const seed = bumpSeed(bump);
    if (!seed) env.ctx.error(Messages.UnsupportedSeed, el);
    return seed;
  });
}

/** The seed of a bump: the one Anchor found, or the value `deriveWithBump` was given (a literal, an argument, a field). */
function bumpSeed(bump: Expr): SignerSeed | null {
  switch (bump.kind) {
    case 'bump': return { kind: 'bump', account: bump.account };
    case 'int': return { kind: 'const', bytes: [Number(bump.value)] };
    case 'arg': return bump.path ? null : { kind: 'arg', arg: bump.name, type: bump.type };
    case 'field': return { kind: 'field', account: bump.account, path: bump.path, type: bump.type };
    default: return null;
  }
}

const isGetBump = (el: ts.Expression): boolean =>
  ts.isCallExpression(el) && el.arguments.length === 0 && ts.isPropertyAccessExpression(el.expression)
  && el.expression.name.text === 'getBump' && ts.isIdentifier(el.expression.expression);

function lowerSeedList<T extends SignerSeed>(env: BodyEnv, scope: Scope, node: ts.Expression, withBump: boolean, lowerOne: (el: ts.Expression) => T | null): T[] | null {
  const { ctx } = env;
  let list: ts.Expression = node;
  if (ts.isIdentifier(node)) {
    const b = scope.lookup(node.text);
    if (b?.kind === 'seeds') list = b.elements;
  }
  if (!ts.isArrayLiteralExpression(list)) {
    ctx.error(Messages.SeedsNotArray, node);
    return null;
  }
  const seeds: T[] = [];
  let ok = true;
  for (const el of list.elements) {
    const seed = lowerOne(el);
    if (seed) seeds.push(seed);
    else ok = false;
  }
  const count = seeds.length + (withBump ? 1 : 0);
  if (ok && count > MAX_SEEDS) {
    ctx.error(Messages.TooManySeeds, node, count);
    return null;
  }
  return ok ? seeds : null;
}

function lowerSeed(env: BodyEnv, scope: Scope, written: ts.Expression): Seed | null {
  const { ctx } = env;
  const el = constantValue(ctx, env.model.constants, written) ?? written;
  if (ts.isStringLiteralLike(el)) {
    const bytes = [...Buffer.from(el.text, 'utf8')];
    if (bytes.length > MAX_SEED_BYTES) {
      ctx.error(Messages.SeedTooLong, el, bytes.length);
      return null;
    }
    return { kind: 'const', bytes };
  }
  if (ts.isNewExpression(el) && ctx.dslName(el.expression) === 'Pubkey') {
    const arg = el.arguments?.[0];
    const bytes = arg && ts.isStringLiteralLike(arg) ? decodeBase58(arg.text) : null;
    if (bytes?.length === 32) return { kind: 'const', bytes };
    ctx.error(Messages.InvalidPubkey, el, arg?.getText(ctx.sourceFile) ?? '', 'not a 32-byte base58 literal');
    return null;
  }
  // `MyProgram.PROGRAM_ID`: the program's own id (Anchor's `crate::ID.as_ref()`).
  if (ts.isPropertyAccessExpression(el) && el.name.text === 'PROGRAM_ID' && isProgramClass(env, el.expression) && env.model.programId !== null) {
    return { kind: 'const', bytes: [...decodeBase58(env.model.programId)!], programId: true };
  }
  // `x.toBytes()` names the bytes explicitly; a bare key, Pubkey or u8 already is bytes.
  const isToBytes = ts.isCallExpression(el) && el.arguments.length === 0 && ts.isPropertyAccessExpression(el.expression)
    && el.expression.name.text === 'toBytes';
  const target = isToBytes ? ((el as ts.CallExpression).expression as ts.PropertyAccessExpression).expression : el;
  const zeroCopy = zeroCopyRead(scope, target);
  if (zeroCopy) {
    ctx.error(Messages.ZeroCopySeed, target, target.getText(ctx.sourceFile), zeroCopy);
    return null;
  }
  const seed = valueSeed(env, scope, target);
  if (seed && (isToBytes || bareSeedAllowed(seed))) return seed;
  ctx.error(Messages.UnsupportedSeed, el);
  return null;
}

function bareSeedAllowed(seed: Seed): boolean {
  if (seed.kind === 'const' || seed.kind === 'accountKey') return true;
  return seed.type.kind === 'pubkey' || (seed.type.kind === 'int' && seed.type.name === 'u8');
}

const SEEDABLE: ReadonlySet<Type['kind']> = new Set(['int', 'pubkey', 'string', 'bool']);

/** An argument, `acc.key` or a state field, as seed bytes. */
function valueSeed(env: BodyEnv, scope: Scope, node: ts.Expression): Seed | null {
  if (ts.isIdentifier(node)) {
    const b = scope.lookup(node.text);
    if (b?.kind === 'arg' && SEEDABLE.has(b.arg.type.kind)) return { kind: 'arg', arg: b.arg.name, type: b.arg.type };
    return null;
  }
  if (!ts.isPropertyAccessExpression(node)) return null;
  const names: ts.Identifier[] = [];
  let root: ts.Expression = node;
  while (ts.isPropertyAccessExpression(root) && ts.isIdentifier(root.name)) {
    names.unshift(root.name);
    root = root.expression;
  }
  const b = ts.isIdentifier(root) ? scope.lookup(root.text) : undefined;
  if (b?.kind !== 'account') return null;
  if (names.length === 1 && names[0].text === 'key') return { kind: 'accountKey', account: b.param.name };
  if (!b.state) return null;
  const walked = walkFields(env, b.state.name, b.state.fields, names);
  if (!walked || !SEEDABLE.has(walked.type.kind)) return null;
  return { kind: 'field', account: b.param.name, path: walked.path, type: walked.type };
}

/** The bump of `deriveWithBump`: a u8 value (a literal, an argument, a stored field…). */
export function lowerBump(env: BodyEnv, scope: Scope, node: ts.Expression): Expr | null {
  const call = helperCallIn(env, node);
  if (call) {
    env.ctx.error(Messages.HelperCallInConstraint, call, call.getText(env.ctx.sourceFile));
    return null;
  }
  const zeroCopy = zeroCopyRead(scope, node);
  if (zeroCopy) {
    env.ctx.error(Messages.ZeroCopySeed, node, node.getText(env.ctx.sourceFile), zeroCopy);
    return null;
  }
  const bump = lowerUnchecked(env, scope, node, { kind: 'int', name: 'u8' });
  if (!bump) return null;
  const t = exprType(bump);
  if (t.kind === 'int' && t.name === 'u8') return bump;
  env.ctx.error(Messages.BumpNotU8, node, typeText(t));
  return null;
}

/** The zero-copy account parameter whose data `node` reads (any property but its key), if any. */
function zeroCopyRead(scope: Scope, node: ts.Node): string | undefined {
  if (ts.isPropertyAccessExpression(node) && ts.isIdentifier(node.expression) && node.name.text !== 'key') {
    const b = scope.lookup(node.expression.text);
    if (b?.kind === 'account' && b.state?.zeroCopy) return node.expression.text;
  }
  return ts.forEachChild(node, (child) => zeroCopyRead(scope, child));
}

/** The callee of the first helper function call inside `node`, if any. */
function helperCallIn(env: BodyEnv, node: ts.Node): ts.Expression | undefined {
  if (ts.isCallExpression(node) && calledFunction(env, node.expression)) return node.expression;
  return ts.forEachChild(node, (child) => helperCallIn(env, child));
}
