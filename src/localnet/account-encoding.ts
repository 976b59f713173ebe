// Accounts as the validator's RPC writes them (UiAccount: lamports, data, owner, executable, rentEpoch,
// space), in the encoding the client asks for: base64 and base58 as `[text, encoding]`, the legacy
// `binary` as a bare base58 string, `jsonParsed` as `{program, parsed, space}` for token accounts and
// mints (other accounts fall back to base64, as Agave's parser does). `dataSlice` cuts the data first.
// In: an account record and the request's config. Out: the JSON value, or an RpcError for bad params.
import { getBase58Decoder } from '@solana/kit';
import type { JsonValue } from './json.js';
import type { AccountRecord, Ledger } from './ledger.js';
import { invalidParams } from './rpc-error.js';
import { readMint, readTokenAccount, TOKEN_2022_PROGRAM_ID, uiTokenAmount, type MintState } from './token.js';

/** Every account created since rent collection ended carries RENT_EXEMPT_RENT_EPOCH (u64::MAX). */
export const RENT_EXEMPT_RENT_EPOCH = 18446744073709551615n;
/** Agave refuses base58 for data longer than this. */
const MAX_BASE58_BYTES = 128;

export type AccountEncoding = 'binary' | 'base58' | 'base64' | 'base64+zstd' | 'jsonParsed';

export interface AccountConfig {
  encoding?: AccountEncoding;
  dataSlice?: { offset: number; length: number };
}

/** Looks up a mint for the decimals of a token account's amounts (jsonParsed). */
export type MintLookup = (mint: string) => MintState | null;

const base58 = getBase58Decoder();

/** The mints of the token accounts among `accounts`, read through `getAccount`, by address. */
export async function knownMints(getAccount: (key: string) => Promise<AccountRecord | null>, accounts: (AccountRecord | null)[]): Promise<Map<string, MintState>> {
  const mints = new Map<string, MintState>();
  for (const account of accounts) {
    const token = account && readTokenAccount(account.data, account.owner);
    if (!token || mints.has(token.mint)) continue;
    const mintAccount = await getAccount(token.mint);
    const mint = mintAccount && readMint(mintAccount.data, mintAccount.owner);
    if (mint) mints.set(token.mint, mint);
  }
  return mints;
}

/** The ledger's mints of the token accounts among `accounts`, for the decimals of their amounts. */
export async function mintLookup(ledger: Ledger, accounts: (AccountRecord | null)[]): Promise<MintLookup> {
  const mints = await knownMints((key) => ledger.getAccount(key), accounts);
  return (mint) => mints.get(mint) ?? null;
}

export function encodeAccount(account: AccountRecord, config: AccountConfig, mintOf: MintLookup): JsonValue {
  const encoding = config.encoding ?? 'binary';
  const data = config.dataSlice ? sliceData(account.data, config.dataSlice) : account.data;
  return {
    lamports: account.lamports,
    data: encodeData(account, data, encoding, config.dataSlice !== undefined, mintOf),
    owner: account.owner,
    executable: account.executable,
    rentEpoch: RENT_EXEMPT_RENT_EPOCH,
    space: account.data.length,
  };
}

/** Checks the encoding a method was asked for; Agave answers unknown ones with invalid params. */
export function accountConfig(raw: unknown, allowJsonParsed = true): AccountConfig {
  const config = (raw ?? {}) as { encoding?: unknown; dataSlice?: unknown };
  const encoding = config.encoding ?? undefined;
  const known = ['binary', 'base58', 'base64', 'base64+zstd', ...(allowJsonParsed ? ['jsonParsed'] : [])];
  if (encoding !== undefined && !known.includes(encoding as string)) throw invalidParams(`Invalid params: unknown variant \`${String(encoding)}\`, expected one of ${known.map((k) => `\`${k}\``).join(', ')}.`);
  if (encoding === 'base64+zstd') throw invalidParams('Invalid params: base64+zstd encoding is not supported by the in-process validator.');
  const slice = config.dataSlice as { offset?: unknown; length?: unknown } | undefined;
  if (slice !== undefined && (typeof slice.offset !== 'number' || typeof slice.length !== 'number')) throw invalidParams('Invalid params: dataSlice needs numeric offset and length.');
  return { encoding: encoding as AccountEncoding | undefined, dataSlice: slice as AccountConfig['dataSlice'] };
}

function encodeData(account: AccountRecord, data: Uint8Array, encoding: AccountEncoding, sliced: boolean, mintOf: MintLookup): JsonValue {
  switch (encoding) {
    case 'binary':
    case 'base58':
      if (data.length > MAX_BASE58_BYTES) throw invalidParams(`Encoded binary (base 58) data should be less than ${MAX_BASE58_BYTES} bytes, please use Base64 encoding.`);
      return encoding === 'binary' ? base58.decode(data) : [base58.decode(data), 'base58'];
    case 'jsonParsed': {
      // A dataSlice makes Agave skip parsing; unparseable accounts come back as base64.
      const parsed = sliced ? null : parseAccount(account, mintOf);
      return parsed ?? [Buffer.from(data).toString('base64'), 'base64'];
    }
    default:
      return [Buffer.from(data).toString('base64'), 'base64'];
  }
}

/** Agave's parse_account_data for the token programs: `{program, parsed: {type, info}, space}`. */
function parseAccount(account: AccountRecord, mintOf: MintLookup): JsonValue | null {
  const program = account.owner === TOKEN_2022_PROGRAM_ID ? 'spl-token-2022' : 'spl-token';
  const token = readTokenAccount(account.data, account.owner);
  if (token) {
    const mint = mintOf(token.mint);
    if (!mint) return null;
    const amount = (value: bigint): JsonValue => ({ ...uiTokenAmount(value, mint.decimals) });
    const info: JsonValue = {
      isNative: token.nativeReserve !== null,
      mint: token.mint,
      owner: token.owner,
      state: token.state,
      tokenAmount: amount(token.amount),
      delegate: token.delegate ?? undefined,
      delegatedAmount: token.delegate === null ? undefined : amount(token.delegatedAmount),
      rentExemptReserve: token.nativeReserve === null ? undefined : amount(token.nativeReserve),
      closeAuthority: token.closeAuthority ?? undefined,
    };
    return { program, parsed: { info, type: 'account' }, space: account.data.length };
  }
  const mint = readMint(account.data, account.owner);
  if (mint) {
    const info: JsonValue = {
      decimals: mint.decimals,
      freezeAuthority: mint.freezeAuthority,
      isInitialized: true,
      mintAuthority: mint.mintAuthority,
      supply: mint.supply.toString(),
    };
    return { program, parsed: { info, type: 'mint' }, space: account.data.length };
  }
  return null;
}

function sliceData(data: Uint8Array, slice: { offset: number; length: number }): Uint8Array {
  return data.subarray(Math.min(slice.offset, data.length), Math.min(slice.offset + slice.length, data.length));
}
