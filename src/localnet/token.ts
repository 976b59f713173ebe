// SPL Token (and Token-2022 base state) accounts as the validator's account decoder reads them, for
// jsonParsed encodings, getTokenAccountBalance and the token balances of transaction metas.
// In: account bytes. Out: the token account or mint fields, and UiTokenAmount values
// ({uiAmount, decimals, amount, uiAmountString}) computed as Agave's token_amount_to_ui_amount does.
import { PublicKey } from '@solana/web3.js';

export const TOKEN_PROGRAM_ID = 'TokenkegQfeZyiNwAJbNbGKPFXCWuBvf9Ss623VQ5DA';
export const TOKEN_2022_PROGRAM_ID = 'TokenzQdBNbLqP5VEhdkAS6EPFLC1PHnBqCXEpPxuEb';

export const isTokenProgram = (owner: string): boolean => owner === TOKEN_PROGRAM_ID || owner === TOKEN_2022_PROGRAM_ID;

/** spl-token's Account::LEN and Mint::LEN; Token-2022 accounts with extensions are longer. */
const ACCOUNT_LEN = 165;
const MINT_LEN = 82;
/** Token-2022 writes its account type at this offset once extensions follow (1 mint, 2 account). */
const ACCOUNT_TYPE_OFFSET = 165;

export interface TokenAccountState {
  mint: string;
  owner: string;
  amount: bigint;
  delegate: string | null;
  state: 'initialized' | 'frozen';
  /** The rent-exempt reserve of a wrapped-SOL account; null for other mints. */
  nativeReserve: bigint | null;
  delegatedAmount: bigint;
  closeAuthority: string | null;
}

export interface MintState {
  mintAuthority: string | null;
  supply: bigint;
  decimals: number;
  freezeAuthority: string | null;
}

export interface UiTokenAmount {
  uiAmount: number | null;
  decimals: number;
  amount: string;
  uiAmountString: string;
}

/** A token account's state, or null when the bytes are not an initialized token account. */
export function readTokenAccount(data: Uint8Array, owner: string): TokenAccountState | null {
  if (!isTokenProgram(owner) || !hasLayout(data, ACCOUNT_LEN, 2, owner)) return null;
  const bytes = Buffer.from(data);
  const state = bytes[108];
  if (state !== 1 && state !== 2) return null;
  return {
    mint: key(bytes, 0),
    owner: key(bytes, 32),
    amount: bytes.readBigUInt64LE(64),
    delegate: optionalKey(bytes, 72),
    state: state === 1 ? 'initialized' : 'frozen',
    nativeReserve: bytes.readUInt32LE(109) === 1 ? bytes.readBigUInt64LE(113) : null,
    delegatedAmount: bytes.readBigUInt64LE(121),
    closeAuthority: optionalKey(bytes, 129),
  };
}

/** A mint's state, or null when the bytes are not an initialized mint. */
export function readMint(data: Uint8Array, owner: string): MintState | null {
  if (!isTokenProgram(owner) || !hasLayout(data, MINT_LEN, 1, owner)) return null;
  const bytes = Buffer.from(data);
  if (bytes[45] !== 1) return null;
  return {
    mintAuthority: optionalKey(bytes, 0),
    supply: bytes.readBigUInt64LE(36),
    decimals: bytes[44],
    freezeAuthority: optionalKey(bytes, 46),
  };
}

export function uiTokenAmount(amount: bigint, decimals: number): UiTokenAmount {
  return {
    uiAmount: Number(amount) / 10 ** decimals,
    decimals,
    amount: amount.toString(),
    uiAmountString: realNumberStringTrimmed(amount, decimals),
  };
}

/** `1500` with 3 decimals → "1.5"; `0` → "0" (Agave's real_number_string_trimmed). */
function realNumberStringTrimmed(amount: bigint, decimals: number): string {
  if (decimals === 0) return amount.toString();
  const digits = amount.toString().padStart(decimals + 1, '0');
  const text = `${digits.slice(0, -decimals)}.${digits.slice(-decimals)}`;
  return text.replace(/0+$/, '').replace(/\.$/, '');
}

/** The exact base length, or (Token-2022) a longer account whose type byte says `accountType`. */
function hasLayout(data: Uint8Array, length: number, accountType: number, owner: string): boolean {
  if (data.length === length) return true;
  return owner === TOKEN_2022_PROGRAM_ID && data.length > ACCOUNT_TYPE_OFFSET && data[ACCOUNT_TYPE_OFFSET] === accountType;
}

function key(bytes: Buffer, offset: number): string {
  return new PublicKey(bytes.subarray(offset, offset + 32)).toBase58();
}

/** spl-token's COption<Pubkey>: a u32 tag (1 = Some) then the key. */
function optionalKey(bytes: Buffer, offset: number): string | null {
  return bytes.readUInt32LE(offset) === 1 ? key(bytes, offset + 4) : null;
}
