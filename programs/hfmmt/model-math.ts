// Checked integer arithmetic for the HFMMT model, with the program's failure names.
// In: BigInt results of plain +, −, ×. Out: the same value when it fits the Rust type, otherwise a
// Failure named as the program fails: checked math → ArithmeticOverflow, `.toX()` → InvalidNumericConversion.

/** Every way an HFMMT instruction can fail that the model predicts. */
export type ModelErrorName =
  // custom errors (6000 + index, in declaration order)
  | 'Unauthorized' | 'ZeroAmount' | 'InvalidParameter' | 'Paused' | 'BelowMinimumStake' | 'InsufficientStake'
  | 'CooldownNotElapsed' | 'NothingToWithdraw' | 'NotInactive' | 'InsufficientLiquidity' | 'MathOverflow'
  | 'InvalidMint' | 'InvalidOwner' | 'ReportAboveCap' | 'PriorityTooLow'
  // checked arithmetic (ProgramError::ArithmeticOverflow) and width conversions (Anchor 4102)
  | 'ArithmeticOverflow' | 'InvalidNumericConversion'
  // Anchor 3012 (a MarketMaker/LiquidityPosition/Config that does not exist), init of an existing
  // Config (the System Program's "already in use"), and SPL Token's insufficient funds
  | 'AccountNotInitialized' | 'AccountAlreadyInUse' | 'TokenInsufficientFunds';

export class Failure extends Error {
  constructor(readonly code: ModelErrorName) {
    super(code);
  }
}

export const BPS = 10_000n;
/** The staking accumulator's scale, 10^12; also the scale of lp_reward_rate. */
export const SCALE = 1_000_000_000_000n;
export const U64_MAX = 2n ** 64n - 1n;
const I64_MIN = -(2n ** 63n);
const I64_MAX = 2n ** 63n - 1n;
const U128_MAX = 2n ** 128n - 1n;

function fit(v: bigint, lo: bigint, hi: bigint, code: ModelErrorName): bigint {
  if (v < lo || v > hi) throw new Failure(code);
  return v;
}

/** A u64 result of checked arithmetic. */
export const u64 = (v: bigint): bigint => fit(v, 0n, U64_MAX, 'ArithmeticOverflow');
export const i64 = (v: bigint): bigint => fit(v, I64_MIN, I64_MAX, 'ArithmeticOverflow');
export const u128 = (v: bigint): bigint => fit(v, 0n, U128_MAX, 'ArithmeticOverflow');
export const addU64 = (a: bigint, b: bigint): bigint => u64(a + b);
/** `.toU64()` */
export const toU64 = (v: bigint): bigint => fit(v, 0n, U64_MAX, 'InvalidNumericConversion');
/** `.toU128()` */
export const toU128 = (v: bigint): bigint => fit(v, 0n, U128_MAX, 'InvalidNumericConversion');

/** Checked division, truncating toward zero like Rust's (BigInt division does the same). */
export function div(a: bigint, b: bigint): bigint {
  if (b === 0n) throw new Failure('ArithmeticOverflow');
  return a / b;
}

/** `a.mulDiv(b, c)` on u64: floor(a·b/c) through a 128-bit intermediate; the result must fit u64. */
export const mulDivU64 = (a: bigint, b: bigint, c: bigint): bigint => u64(div(a * b, c));
