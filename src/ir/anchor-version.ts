// The Anchor release a program is built for, and every difference between the releases the backends
// support that shows in the emitted Rust or in what the program does. In: a version string ("1.2.2",
// "0.30.1"), usually a Program's `anchorVersion` (absent: DEFAULT_ANCHOR_VERSION). Out: the parsed
// version and its facts, so the Anchor backend writes Rust that compiles against that release and the
// sBPF backend behaves as that release's generated code does (read from the anchor-lang/anchor-syn
// crate sources of each release).
import { ANCHOR_ERRORS, type AnchorErrorName } from './errors.js';
import type { AccountParam, Program } from './types.js';

export interface AnchorVersion {
  major: number;
  minor: number;
  patch: number;
}

/** New workspaces target this anchor-lang / anchor-spl release. */
export const DEFAULT_ANCHOR_VERSION = '1.2.2';

/** The release lines (major.minor) the backends emit for; a Poseidon project may pin any of them. */
export const SUPPORTED_ANCHOR_LINES: readonly string[] = ['0.29', '0.30', '0.31', '0.32', '1.2'];

/** `1.2.2` → {1, 2, 2}; a missing patch is 0. Null when the text is not a plain version. */
export function parseAnchorVersion(text: string): AnchorVersion | null {
  const m = /^(\d+)\.(\d+)(?:\.(\d+))?$/.exec(text.trim());
  return m ? { major: Number(m[1]), minor: Number(m[2]), patch: Number(m[3] ?? 0) } : null;
}

export const anchorLine = (v: AnchorVersion): string => `${v.major}.${v.minor}`;

export const isSupportedAnchorVersion = (v: AnchorVersion): boolean => SUPPORTED_ANCHOR_LINES.includes(anchorLine(v));

/** The version the program's outputs target. */
export function targetAnchorVersion(program: Pick<Program, 'anchorVersion'>): AnchorVersion {
  const text = program.anchorVersion ?? DEFAULT_ANCHOR_VERSION;
  const v = parseAnchorVersion(text);
  if (!v || !isSupportedAnchorVersion(v)) {
    throw new Error(`internal: anchor-lang ${text} is not a supported target (${SUPPORTED_ANCHOR_LINES.join(', ')})`);
  }
  return v;
}

/** The version as written in Cargo.toml and Anchor.toml. */
export const versionText = (v: AnchorVersion): string => `${v.major}.${v.minor}.${v.patch}`;

const atLeast = (v: AnchorVersion, major: number, minor: number): boolean => v.major > major || (v.major === major && v.minor >= minor);

/**
 * What differs between the supported releases. Each fact names the release that brought it and the
 * crate source it comes from.
 */
export interface AnchorFacts {
  version: AnchorVersion;
  /**
   * 1.0 (anchor-syn codegen/accounts/try_accounts.rs): after the `init` fields' constraints and before
   * the other fields', two fields that are `mut` (or `init_if_needed`), not `dup`, and of a type that
   * serializes on exit (Account, LazyAccount, InterfaceAccount, Migration) must not have the same key:
   * 2040 ConstraintDuplicateMutableAccount, caused by the later field.
   */
  rejectsDuplicateMutableAccounts: boolean;
  /**
   * 1.2 (accounts/account_loader.rs check_size, anchor-syn's `zero` length test): an AccountLoader shorter than
   * its struct, or a `zero` account under 8 bytes, fails with 3003 AccountDidNotDeserialize; 0.32 and earlier
   * panic on the slice (the first release with the check between them is not known here).
   */
  checksZeroCopyLength: boolean;
  /** 1.0: `CpiContext::new(program_id: Pubkey, …)`; before, the program's AccountInfo. */
  cpiContextTakesProgramId: boolean;
  /**
   * 1.0 (generate_create_account_or_fund_allocate_assign): `init` of an account that already holds
   * lamports is one System Program CreateAccountAllowPrefund; before, Transfer (top-up), Allocate, Assign.
   */
  initsPrefundedAccountInOneCall: boolean;
  /**
   * 1.0 (generate_constraint_token_account): a failed non-init token::authority / token::mint check names
   * the account and logs Left (the token account's field) / Right (the key expected); before, neither.
   */
  namesTokenAccountConstraints: boolean;
  /** Up to 0.30 (try_entry): instruction data shorter than 8 bytes is 100 InstructionMissing, not 101. */
  shortDataIsInstructionMissing: boolean;
  /** 0.30 added 4102 InvalidNumericConversion; 0.29 programs fail a conversion with ArithmeticOverflow. */
  hasNumericConversionError: boolean;
  /** anchor-spl 1.x with default-features = false must name its Solana crate cohort: `solana-v3`. */
  splNeedsSolanaCohort: boolean;
  /** anchor-spl's `token_2022_extensions` feature (0.30+), which Anchor's mint init names. */
  splHasToken2022Extensions: boolean;
  /**
   * The Anchor.toml `[features]` key that puts PDA seeds and relations into the IDL `anchor build` writes:
   * 0.30 renamed 0.29's `seeds` (anchor-cli FeaturesConfig) to `resolution`; 0.29 ignores `resolution`.
   */
  idlSeedsFeature: 'seeds' | 'resolution';
  /**
   * How the program's panic handler reports a Rust panic (an index past the end of a FixedArray). 1.0
   * (solana-program-entrypoint 3's custom_panic_default): the message only when it formats no value
   * (`message().as_str()`), then the `sol_panic_` syscall with the panic's file, line and column: the
   * instruction ends `failed: SBF program Panicked in <file> at <line>:<col>`. Before (solana-program 1.18 and
   * 2.x, `msg!("{}", info)`): one log entry `panicked at <file>:<line>:<col>:` and the message on its next line,
   * then the platform std's `abort()`: `failed: SBF program panicked`.
   */
  panicsThroughSolPanic: boolean;
}

export function anchorFacts(v: AnchorVersion): AnchorFacts {
  const v1 = v.major >= 1;
  return {
    version: v,
    rejectsDuplicateMutableAccounts: v1,
    checksZeroCopyLength: atLeast(v, 1, 2),
    cpiContextTakesProgramId: v1,
    initsPrefundedAccountInOneCall: v1,
    namesTokenAccountConstraints: v1,
    shortDataIsInstructionMissing: !atLeast(v, 0, 31),
    hasNumericConversionError: atLeast(v, 0, 30),
    splNeedsSolanaCohort: v1,
    splHasToken2022Extensions: atLeast(v, 0, 30),
    idlSeedsFeature: atLeast(v, 0, 30) ? 'resolution' : 'seeds',
    panicsThroughSolPanic: v1,
  };
}

/**
 * Whether Anchor 1.x's duplicate check covers the field: `mut`, or `init_if_needed` (plain `init` creates
 * an account, which cannot be one already passed), of a type that serializes on exit: `Account<T>`,
 * including `Account<TokenAccount>` and `Account<Mint>`. Signer, UncheckedAccount, SystemAccount,
 * AccountInfo and Program are exempt.
 */
export function checkedForDuplicates(param: AccountParam): boolean {
  const kind = param.account.kind;
  const serialized = kind === 'state' || kind === 'mint' || kind === 'tokenAccount' || kind === 'associatedTokenAccount';
  return serialized && (param.init ? param.init.ifNeeded : param.mut);
}

export const programAnchorFacts = (program: Pick<Program, 'anchorVersion'>): AnchorFacts => anchorFacts(targetAnchorVersion(program));

/** Messages 0.31 reworded (lang/src/error.rs); earlier releases log these. */
const MESSAGES_BEFORE_0_31: Partial<Record<AnchorErrorName, string>> = {
  InstructionMissing: '8 byte instruction identifier not provided',
  AccountDiscriminatorNotFound: 'No 8 byte discriminator was found on the account',
  AccountDiscriminatorMismatch: '8 byte discriminator did not match what was expected',
};

/** Framework errors a release does not have (added later). */
const ADDED_IN: Partial<Record<AnchorErrorName, AnchorVersion>> = {
  InvalidNumericConversion: { major: 0, minor: 30, patch: 0 },
  ConstraintDuplicateMutableAccount: { major: 1, minor: 0, patch: 0 },
};

/** A framework error's code and message as the given release logs it. */
export function anchorError(name: AnchorErrorName, v: AnchorVersion): { code: number; message: string } {
  const added = ADDED_IN[name];
  if (added && !atLeast(v, added.major, added.minor)) throw new Error(`internal: anchor-lang ${versionText(v)} has no ${name}`);
  const { code, message } = ANCHOR_ERRORS[name];
  const old = atLeast(v, 0, 31) ? undefined : MESSAGES_BEFORE_0_31[name];
  return { code, message: old ?? message };
}
