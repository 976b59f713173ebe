// Test support for HFMMT: what the chain holds, read back and judged. In: a runtime, the client and the
// users' token accounts. Out: a decoded snapshot (Config, every MarketMaker and LiquidityPosition, vault
// and wallet balances), raw account states for before/after comparisons, the spec's invariants computed
// from the chain's own numbers, and the test-side name of every error the model can predict.
import type { PublicKey } from '@solana/web3.js';
import type { HfmmtClient, Plain } from '../../programs/hfmmt/client.js';
import { SCALE } from '../../programs/hfmmt/model-math.js';
import type { ModelErrorName } from '../../programs/hfmmt/model.js';
import { programAnchorFacts } from '../../src/ir/anchor-version.js';
import { ANCHOR_ERRORS } from '../../src/ir/errors.js';
import type { AccountState, Runtime, RuntimeKind } from '../../src/runtime/index.js';
import { tokenBalance } from './tokens.js';

type Fields = { [field: string]: Plain };

/** One user as the snapshot sees them: their accounts under the program and their two token balances. */
export interface UserView {
  maker: Fields | null;
  position: Fields | null;
  hfmmt: bigint;
  liquidity: bigint;
}

export interface ChainView {
  config: Fields | null;
  vaults: { stake: bigint; reward: bigint; liquidity: bigint };
  users: Record<string, UserView>;
}

/** The on-chain addresses of one user (base58 name → maker PDA, position PDA and token accounts). */
export interface UserKeys {
  maker: PublicKey;
  position: PublicKey;
  hfmmtToken: PublicKey;
  liquidityToken: PublicKey;
}

export async function readChain(rt: Runtime, client: HfmmtClient, users: Record<string, UserKeys>): Promise<ChainView> {
  const decoded = async (name: 'config' | 'marketMaker' | 'liquidityPosition', key: PublicKey) => {
    const account = await rt.getAccount(key);
    return account ? client.decodeAccount(name, account.data) : null;
  };
  const balance = async (key: PublicKey) => (await tokenBalance(rt, key)) ?? 0n;
  const view: ChainView = {
    config: await decoded('config', client.config),
    vaults: { stake: await balance(client.stakeVault), reward: await balance(client.rewardVault), liquidity: await balance(client.liquidityVault) },
    users: {},
  };
  for (const [name, keys] of Object.entries(users)) {
    view.users[name] = {
      maker: await decoded('marketMaker', keys.maker),
      position: await decoded('liquidityPosition', keys.position),
      hfmmt: await balance(keys.hfmmtToken),
      liquidity: await balance(keys.liquidityToken),
    };
  }
  return view;
}

/** Raw states (lamports, data, owner) of `keys`, for "nothing changed" comparisons; null for a missing account. */
export async function rawStates(rt: Runtime, keys: PublicKey[]): Promise<(AccountState | null)[]> {
  return Promise.all(keys.map((key) => rt.getAccount(key)));
}

/** What each user started with and what the model says they earned, for "nobody receives more than is theirs". */
export interface Entitlement {
  initialHfmmt: bigint;
  initialLiquidity: bigint;
  earned: bigint;
}

/**
 * The spec's invariants, computed from the chain alone (plus each user's entitlement): stake vault =
 * Σ staked + warming + pending; reward vault ≥ budget + every unpaid liability (settled or reserved in a stream);
 * liquidity vault = Σ positions;
 * nobody holds more than they started with plus what they earned. Empty when all hold.
 */
export function chainInvariantViolations(view: ChainView, entitlements: Record<string, Entitlement>): string[] {
  const c = view.config;
  if (!c) return [];
  const out: string[] = [];
  const check = (ok: boolean, what: string) => { if (!ok) out.push(what); };
  const n = (v: Plain | undefined): bigint => v as bigint;
  const users = Object.entries(view.users);
  const makers = users.flatMap(([, u]) => (u.maker ? [u.maker] : []));
  const positions = users.flatMap(([, u]) => (u.position ? [u.position] : []));
  const sum = (xs: bigint[]) => xs.reduce((a, b) => a + b, 0n);

  const inStakeVault = sum(makers.map((m) => n(m.staked) + n(m.warmingAmount) + n(m.pendingUnstake)));
  check(view.vaults.stake === inStakeVault, `stake vault ${view.vaults.stake} ≠ Σ staked + warming + pending unstake ${inStakeVault}`);
  const pendingStaking = (m: Fields) => (n(m.effectiveStake) * (n(c.accRewardPerShare) - n(m.rewardDebt))) / SCALE;
  const reservedLiquidity = (p: Fields) => (n(p.amount) * (n(c.lpAccPerUnit) - n(p.rewardDebt))) / SCALE;
  const liabilities = n(c.prevEpochPool) - n(c.prevEpochPaid)
    + sum(makers.map((m) => n(m.accruedRewards) + n(m.accruedRebates) + pendingStaking(m)))
    + sum(positions.map((p) => n(p.accruedRewards) + reservedLiquidity(p)));
  check(view.vaults.reward >= n(c.rewardBudget) + liabilities,
    `reward vault ${view.vaults.reward} < budget ${n(c.rewardBudget)} + unpaid liabilities ${liabilities}`);
  const provided = sum(positions.map((p) => n(p.amount)));
  check(view.vaults.liquidity === provided, `liquidity vault ${view.vaults.liquidity} ≠ Σ positions ${provided}`);
  check(n(c.totalLiquidity) === provided, `total_liquidity ${n(c.totalLiquidity)} ≠ Σ positions ${provided}`);
  check(n(c.totalStaked) === sum(makers.map((m) => n(m.staked) + n(m.warmingAmount))), 'total_staked ≠ Σ staked + warming');
  check(n(c.totalEffective) === sum(makers.map((m) => n(m.effectiveStake))), 'total_effective ≠ Σ effective stake');

  for (const [name, u] of users) {
    const e = entitlements[name];
    if (!e) continue;
    const held = u.hfmmt + (u.maker ? n(u.maker.staked) + n(u.maker.warmingAmount) + n(u.maker.pendingUnstake) : 0n);
    const slashed = u.maker ? n(u.maker.totalSlashed) : 0n;
    check(held <= e.initialHfmmt + e.earned - slashed, `${name} holds ${held} HFMMT > start + earned − slashed`);
    check(u.liquidity + (u.position ? n(u.position.amount) : 0n) <= e.initialLiquidity, `${name} holds more liquidity than provided`);
  }
  return out;
}

/**
 * The value runtime/errorCode() gives for each failure the model predicts: codes from the IDL or Anchor's
 * table, on the given runtime for a build targeting the given Anchor release (absent: the default).
 */
export function expectedErrorCode(client: HfmmtClient, name: ModelErrorName, runtime: RuntimeKind, anchorVersion?: string): number | string {
  switch (name) {
    case 'ArithmeticOverflow':
      return 'ArithmeticOverflow';
    case 'InvalidNumericConversion':
      return ANCHOR_ERRORS.InvalidNumericConversion.code;
    case 'AccountNotInitialized':
      return ANCHOR_ERRORS.AccountNotInitialized.code;
    case 'AccountAlreadyInUse':
      return existingAccountInitError(runtime, anchorVersion);
    case 'TokenInsufficientFunds':
      return TOKEN_INSUFFICIENT_FUNDS;
    default:
      return customErrorCode(client, name);
  }
}

/** The IDL's code for one of HFMMT's own errors (6000 + its index in declaration order). */
export function customErrorCode(client: HfmmtClient, name: string): number {
  const entry = client.program.rawIdl.errors?.find((e) => e.name === name);
  if (!entry) throw new Error(`the HFMMT IDL declares no error '${name}'`);
  return entry.code;
}

/** SystemError::AccountAlreadyInUse, what `init` of an existing account fails with (as in Anchor). */
export const SYSTEM_ACCOUNT_ALREADY_IN_USE = 0;

/**
 * What `init` of an account that already exists fails with. Anchor up to 0.32 allocates it: the System
 * Program's AccountAlreadyInUse. Anchor 1.x makes one CreateAccountAllowPrefund, which LiteSVM's system
 * program (Agave 3+) refuses the same way and bankrun's (Solana 1.18), which predates it, rejects as
 * InvalidInstructionData.
 */
export function existingAccountInitError(runtime: RuntimeKind, anchorVersion?: string): number | string {
  const oneCall = programAnchorFacts({ anchorVersion }).initsPrefundedAccountInOneCall;
  return oneCall && runtime === 'bankrun' ? 'InvalidInstructionData' : SYSTEM_ACCOUNT_ALREADY_IN_USE;
}
/** spl_token::error::TokenError::InsufficientFunds. */
export const TOKEN_INSUFFICIENT_FUNDS = 1;
