// SPL Token facts every stage shares: which account kinds are SPL accounts, the readable fields of token
// accounts and mints (their offsets in the SPL layouts), and each `TokenProgram` function's accounts and
// arguments in DSL parameter order. In: nothing. Out: tables the front end lowers against and the backends
// emit from.
import type { AccountKind, TokenFn, Type } from './types.js';

const u64: Type = { kind: 'int', name: 'u64' };
const u8: Type = { kind: 'int', name: 'u8' };
const pubkey: Type = { kind: 'pubkey' };
const bool: Type = { kind: 'bool' };

export interface SplField {
  /** DSL (camelCase) name, as read in programs: `vault.amount`, `mint.decimals`. */
  name: string;
  /** Rust field name on anchor_spl's `TokenAccount` / `Mint`. */
  rust: string;
  offset: number;
  type: Type;
  /** A `COption<Pubkey>` field: the DSL reads its value (zero key when None); Rust unwraps with `unwrap_or_default()`. */
  option?: { tagOffset: number };
}

/** spl_token::state::Account (165 bytes). */
export const TOKEN_ACCOUNT_SIZE = 165;
export const TOKEN_ACCOUNT_FIELDS: readonly SplField[] = [
  { name: 'mint', rust: 'mint', offset: 0, type: pubkey },
  { name: 'owner', rust: 'owner', offset: 32, type: pubkey },
  { name: 'amount', rust: 'amount', offset: 64, type: u64 },
  { name: 'delegate', rust: 'delegate', offset: 76, type: pubkey, option: { tagOffset: 72 } },
  { name: 'delegatedAmount', rust: 'delegated_amount', offset: 121, type: u64 },
  { name: 'closeAuthority', rust: 'close_authority', offset: 133, type: pubkey, option: { tagOffset: 129 } },
];
/** Byte of the account state (0 uninitialized, 1 initialized, 2 frozen). */
export const TOKEN_ACCOUNT_STATE_OFFSET = 108;

/** spl_token::state::Mint (82 bytes). */
export const MINT_SIZE = 82;
export const MINT_FIELDS: readonly SplField[] = [
  { name: 'mintAuthority', rust: 'mint_authority', offset: 4, type: pubkey, option: { tagOffset: 0 } },
  { name: 'supply', rust: 'supply', offset: 36, type: u64 },
  { name: 'decimals', rust: 'decimals', offset: 44, type: u8 },
  { name: 'isInitialized', rust: 'is_initialized', offset: 45, type: bool },
  { name: 'freezeAuthority', rust: 'freeze_authority', offset: 50, type: pubkey, option: { tagOffset: 46 } },
];

export type SplAccountKind = AccountKind & { kind: 'mint' | 'tokenAccount' | 'associatedTokenAccount' };

export const isSplAccount = (k: AccountKind): k is SplAccountKind =>
  k.kind === 'mint' || k.kind === 'tokenAccount' || k.kind === 'associatedTokenAccount';

/** The readable field of a token account or mint that `path` names (DSL or Rust spelling). */
export function splField(kind: SplAccountKind, path: readonly string[]): SplField {
  const table = kind.kind === 'mint' ? MINT_FIELDS : TOKEN_ACCOUNT_FIELDS;
  const found = path.length === 1 ? table.find((f) => f.name === path[0] || f.rust === path[0]) : undefined;
  if (!found) throw new Error(`internal: ${kind.kind} has no readable field ${path.join('.')}`);
  return found;
}

/** One account a token instruction takes: its role name, and how the CPI passes it. */
export interface TokenRole {
  role: string;
  writable: boolean;
  signer: boolean;
}

export interface TokenFnSpec {
  /** SPL Token instruction tag. */
  tag: number;
  /** Account parameters in DSL argument order (they come first in the call). */
  accounts: readonly string[];
  /** The instruction's accounts in SPL order (may differ from DSL order). */
  metas: readonly TokenRole[];
  /** Value arguments after the accounts, in DSL order; they are also the instruction data after the tag. */
  args: readonly { name: string; type: Type }[];
  /** anchor_spl::token function name. */
  rust: string;
}

const w = (role: string): TokenRole => ({ role, writable: true, signer: false });
const r = (role: string): TokenRole => ({ role, writable: false, signer: false });
const s = (role: string): TokenRole => ({ role, writable: false, signer: true });

export const TOKEN_FNS: Record<Exclude<TokenFn, 'setAuthority'>, TokenFnSpec> = {
  transfer: { tag: 3, accounts: ['from', 'to', 'authority'], metas: [w('from'), w('to'), s('authority')], args: [{ name: 'amount', type: u64 }], rust: 'transfer' },
  transferChecked: {
    tag: 12, accounts: ['from', 'mint', 'to', 'authority'], metas: [w('from'), r('mint'), w('to'), s('authority')],
    args: [{ name: 'amount', type: u64 }, { name: 'decimals', type: u8 }], rust: 'transfer_checked',
  },
  mintTo: { tag: 7, accounts: ['mint', 'to', 'authority'], metas: [w('mint'), w('to'), s('authority')], args: [{ name: 'amount', type: u64 }], rust: 'mint_to' },
  burn: { tag: 8, accounts: ['mint', 'from', 'authority'], metas: [w('from'), w('mint'), s('authority')], args: [{ name: 'amount', type: u64 }], rust: 'burn' },
  approve: { tag: 4, accounts: ['source', 'delegate', 'authority'], metas: [w('source'), r('delegate'), s('authority')], args: [{ name: 'amount', type: u64 }], rust: 'approve' },
  approveChecked: {
    tag: 13, accounts: ['source', 'mint', 'delegate', 'authority'], metas: [w('source'), r('mint'), r('delegate'), s('authority')],
    args: [{ name: 'amount', type: u64 }, { name: 'decimals', type: u8 }], rust: 'approve_checked',
  },
  revoke: { tag: 5, accounts: ['source', 'authority'], metas: [w('source'), s('authority')], args: [], rust: 'revoke' },
  closeAccount: { tag: 9, accounts: ['account', 'destination', 'authority'], metas: [w('account'), w('destination'), s('authority')], args: [], rust: 'close_account' },
  freezeAccount: { tag: 10, accounts: ['account', 'mint', 'authority'], metas: [w('account'), r('mint'), s('authority')], args: [], rust: 'freeze_account' },
  thawAccount: { tag: 11, accounts: ['account', 'mint', 'authority'], metas: [w('account'), r('mint'), s('authority')], args: [], rust: 'thaw_account' },
  /** InitializeAccount3: data = tag ‖ the authority's key (no rent sysvar account). */
  initializeAccount: { tag: 18, accounts: ['account', 'mint', 'authority'], metas: [w('account'), r('mint')], args: [], rust: 'initialize_account3' },
  syncNative: { tag: 17, accounts: ['account'], metas: [w('account')], args: [], rust: 'sync_native' },
  /**
   * InitializeMint2 (no rent sysvar account): data = tag ‖ decimals ‖ the authority's key ‖ COption<Pubkey>
   * freeze authority (0, or 1 ‖ key). `authority` may be an account (its key); the freeze authority, a
   * Pubkey or an optional Pubkey argument, follows the listed args when given.
   */
  initializeMint: {
    tag: 20, accounts: ['mint'], metas: [w('mint')], args: [{ name: 'decimals', type: u8 }, { name: 'authority', type: pubkey }], rust: 'initialize_mint2',
  },
};

/**
 * setAuthority(currentAuthority, accountOrMint, authorityType, newAuthority?): tag 6, data = tag ‖
 * u8 authority type ‖ COption<Pubkey> (0, or 1 ‖ key); metas [accountOrMint (w), currentAuthority (s)].
 */
export const SET_AUTHORITY = { tag: 6, accounts: ['currentAuthority', 'account'] as const, rust: 'set_authority' } as const;
export const AUTHORITY_TYPES = ['MintTokens', 'FreezeAccount', 'AccountOwner', 'CloseAccount'] as const;
