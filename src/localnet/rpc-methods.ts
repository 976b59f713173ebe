// The JSON-RPC methods of the in-process validator: what web3.js 1.x, @coral-xyz/anchor 0.29–0.32 and
// @solana/spl-token call, each answering with the validator's result shape. Methods a validator has
// but this table lacks answer -32601 "Method not found" (the server reports them once on stderr).
// In: the ledger; a method name and its params. Out: the result JSON, or an RpcError.
import { VersionedMessage } from '@solana/web3.js';
import { accountConfig, encodeAccount, mintLookup, type AccountConfig } from './account-encoding.js';
import type { JsonValue } from './json.js';
import { LAMPORTS_PER_SIGNATURE, transactionFee } from './fees.js';
import { BLOCKHASH_VALIDITY, SLOTS_PER_EPOCH, type AccountRecord, type Ledger } from './ledger.js';
import { BLOCK_NOT_AVAILABLE, invalidParams, RpcError } from './rpc-error.js';
import { configParam, decodeBase58, paramsArray, pubkeyParam, signatureParam, unsignedParam } from './rpc-params.js';
import { requestAirdrop, sendTransaction, simulateTransaction } from './rpc-transactions.js';
import { isTokenProgram, readMint, readTokenAccount, TOKEN_2022_PROGRAM_ID, TOKEN_PROGRAM_ID, uiTokenAmount, type MintState } from './token.js';
import { encodeConfirmedTransaction, signatureInfo, signatureStatus, type TransactionConfig } from './transaction-encoding.js';
import { FEATURE_SET, SOLANA_CORE_VERSION, withContext } from './version.js';

export type RpcMethod = (params: unknown[]) => JsonValue | Promise<JsonValue>;

/** Agave's limits on getProgramAccounts filters and getSignaturesForAddress pages. */
const MAX_FILTERS = 4;
const MAX_SIGNATURES = 1000;
const MAX_MULTIPLE_ACCOUNTS = 100;

export function rpcMethods(ledger: Ledger): Map<string, RpcMethod> {
  const context = (value: JsonValue): JsonValue => withContext(ledger.slot, value);
  const mintOf = async (mint: string): Promise<MintState | null> => {
    const account = await ledger.getAccount(mint);
    return account && readMint(account.data, account.owner);
  };
  /** Accounts in the encoding asked for, the mints of token accounts read first (jsonParsed). */
  const encodeAll = async (accounts: (AccountRecord | null)[], config: AccountConfig): Promise<JsonValue[]> => {
    const mints = await mintLookup(ledger, config.encoding === 'jsonParsed' ? accounts : []);
    return accounts.map((a) => a && encodeAccount(a, config, mints));
  };
  const account = async (key: unknown, config: unknown): Promise<JsonValue> => (await encodeAll([await ledger.getAccount(pubkeyParam(key))], accountConfig(config)))[0]!;
  const keyedAccounts = async (found: { pubkey: string; account: AccountRecord }[], config: AccountConfig): Promise<JsonValue[]> => {
    const sorted = [...found].sort((a, b) => a.pubkey.localeCompare(b.pubkey));
    const encoded = await encodeAll(sorted.map((f) => f.account), config);
    return sorted.map(({ pubkey }, i) => ({ pubkey, account: encoded[i]! }));
  };
  const tokenAccounts = async (filterOf: (token: NonNullable<ReturnType<typeof readTokenAccount>>) => boolean, filter: unknown, config: unknown): Promise<JsonValue> => {
    const programs = await tokenProgramsOf(filter, mintOf);
    const encoding = accountConfig(config);
    const found = (await Promise.all(programs.map((program) => ledger.programAccounts(program)))).flat()
      .filter(({ account: a }) => {
        const token = readTokenAccount(a.data, a.owner);
        return token !== null && filterOf(token) && (mintFilter(filter) === null || token.mint === mintFilter(filter));
      });
    return context(await keyedAccounts(found, encoding));
  };

  const methods: Record<string, RpcMethod> = {
    getAccountInfo: async ([key, config]) => context(await account(key, config)),
    getMultipleAccounts: async ([keys, config]) => {
      if (!Array.isArray(keys)) throw invalidParams('Invalid params: invalid type: expected a sequence.');
      if (keys.length > MAX_MULTIPLE_ACCOUNTS) throw invalidParams(`Too many inputs provided; max ${MAX_MULTIPLE_ACCOUNTS}`);
      const encoding = accountConfig(config);
      const keysParsed = keys.map(pubkeyParam);
      return context(await encodeAll(await Promise.all(keysParsed.map((k) => ledger.getAccount(k))), encoding));
    },
    getBalance: async ([key]) => context((await ledger.getAccount(pubkeyParam(key)))?.lamports ?? 0n),
    getProgramAccounts: async ([program, rawConfig]) => {
      const config = configParam<{ filters: unknown[]; withContext: boolean }>(rawConfig);
      const encoding = accountConfig(rawConfig);
      const filters = config.filters ?? [];
      if (filters.length > MAX_FILTERS) throw invalidParams(`Too many filters provided; max ${MAX_FILTERS}`);
      const owner = pubkeyParam(program).toBase58();
      const matches = await keyedAccounts((await ledger.programAccounts(owner)).filter(({ account: a }) => filters.every((f) => matchesFilter(f, a.data, a.owner))), encoding);
      return config.withContext ? context(matches) : matches;
    },
    getMinimumBalanceForRentExemption: ([length]) => ledger.minimumBalance(unsignedParam(length ?? 0, 'data length')),
    getTokenAccountBalance: async ([key]) => {
      const found = await ledger.getAccount(pubkeyParam(key));
      if (!found) throw invalidParams('Invalid param: could not find account');
      const token = readTokenAccount(found.data, found.owner);
      if (!token) throw invalidParams('Invalid param: not a Token account');
      const mint = await mintOf(token.mint);
      if (!mint) throw invalidParams('Invalid param: could not find mint');
      return context({ ...uiTokenAmount(token.amount, mint.decimals) });
    },
    getTokenSupply: async ([key]) => {
      const found = await ledger.getAccount(pubkeyParam(key));
      const mint = found && readMint(found.data, found.owner);
      if (!mint) throw invalidParams('Invalid param: not a Token mint');
      return context({ ...uiTokenAmount(mint.supply, mint.decimals) });
    },
    getTokenAccountsByOwner: ([owner, filter, config]) => {
      const key = pubkeyParam(owner).toBase58();
      return tokenAccounts((token) => token.owner === key, filter, config);
    },
    getTokenAccountsByDelegate: ([delegate, filter, config]) => {
      const key = pubkeyParam(delegate).toBase58();
      return tokenAccounts((token) => token.delegate === key, filter, config);
    },

    getLatestBlockhash: () => context({ ...ledger.latestBlockhash() }),
    // Removed from Agave 2.0; kept for clients older than web3.js 1.35 (Solana 1.18 validators had it).
    getRecentBlockhash: () => context({ blockhash: ledger.latestBlockhash().blockhash, feeCalculator: { lamportsPerSignature: LAMPORTS_PER_SIGNATURE } }),
    isBlockhashValid: ([blockhash]) => context(typeof blockhash === 'string' && ledger.isBlockhashValid(blockhash)),
    getFeeForMessage: ([message]) => {
      if (typeof message !== 'string') throw invalidParams('Invalid params: invalid type: expected a string.');
      let decoded: VersionedMessage;
      try {
        decoded = VersionedMessage.deserialize(Buffer.from(message, 'base64'));
      } catch (err) {
        throw invalidParams(`invalid message: ${(err as Error).message}`);
      }
      if (!ledger.isBlockhashValid(decoded.recentBlockhash)) return context(null);
      return context(transactionFee(decoded));
    },
    getRecentPrioritizationFees: () => {
      const first = ledger.slot > BLOCKHASH_VALIDITY ? ledger.slot - BLOCKHASH_VALIDITY + 1n : 0n;
      const slots: JsonValue[] = [];
      for (let slot = first; slot <= ledger.slot; slot++) slots.push({ slot, prioritizationFee: 0 });
      return slots;
    },

    sendTransaction: (params) => sendTransaction(ledger, params),
    simulateTransaction: (params) => simulateTransaction(ledger, params),
    requestAirdrop: (params) => requestAirdrop(ledger, params),
    getSignatureStatuses: ([signatures]) => {
      if (!Array.isArray(signatures)) throw invalidParams('Invalid params: invalid type: expected a sequence.');
      if (signatures.length > 256) throw invalidParams('Too many inputs provided; max 256');
      return context(signatures.map((s) => {
        const landed = ledger.transaction(signatureParam(s));
        return landed ? signatureStatus(landed) : null;
      }));
    },
    getTransaction: ([signature, rawConfig]) => {
      // Older clients pass the encoding itself as the second param.
      const config = typeof rawConfig === 'string' ? { encoding: rawConfig } : configParam<TransactionConfig>(rawConfig);
      const landed = ledger.transaction(signatureParam(signature));
      return landed ? encodeConfirmedTransaction(landed, config as TransactionConfig) : null;
    },
    getSignaturesForAddress: ([key, rawConfig]) => {
      const config = configParam<{ limit: number; before: string; until: string }>(rawConfig);
      const limit = config.limit ?? MAX_SIGNATURES;
      if (limit < 1 || limit > MAX_SIGNATURES) throw invalidParams(`Invalid limit; max ${MAX_SIGNATURES}`);
      let landed = ledger.transactionsOf(pubkeyParam(key).toBase58());
      if (config.before !== undefined) landed = landed.slice(landed.findIndex((tx) => tx.signature === config.before) + 1);
      if (config.until !== undefined) {
        const end = landed.findIndex((tx) => tx.signature === config.until);
        if (end !== -1) landed = landed.slice(0, end);
      }
      return landed.slice(0, limit).map(signatureInfo);
    },
    getTransactionCount: () => ledger.transactionCount,

    getSlot: () => ledger.slot,
    getBlockHeight: () => ledger.blockHeight,
    getEpochInfo: () => ({
      absoluteSlot: ledger.slot,
      blockHeight: ledger.blockHeight,
      epoch: ledger.slot / SLOTS_PER_EPOCH,
      slotIndex: ledger.slot % SLOTS_PER_EPOCH,
      slotsInEpoch: SLOTS_PER_EPOCH,
      transactionCount: ledger.transactionCount,
    }),
    getEpochSchedule: () => ({ slotsPerEpoch: SLOTS_PER_EPOCH, leaderScheduleSlotOffset: SLOTS_PER_EPOCH, warmup: false, firstNormalEpoch: 0, firstNormalSlot: 0 }),
    getBlockTime: ([slot]) => {
      const time = ledger.blockTime(BigInt(unsignedParam(slot, 'slot')));
      if (time === null) throw new RpcError(BLOCK_NOT_AVAILABLE, `Block not available for slot ${String(slot)}`);
      return time;
    },
    getFirstAvailableBlock: () => 0,
    minimumLedgerSlot: () => 0,
    getGenesisHash: () => ledger.genesisHash,
    getHealth: () => 'ok',
    getIdentity: () => ({ identity: ledger.identity }),
    getSlotLeader: () => ledger.identity,
    getVersion: () => ({ 'feature-set': FEATURE_SET, 'solana-core': SOLANA_CORE_VERSION }),
  };
  return new Map(Object.entries(methods).map(([name, method]) => [name, (params: unknown) => method(paramsArray(params))]));
}

/** A getProgramAccounts filter: memcmp (base58 or base64 bytes at an offset), dataSize, tokenAccountState. */
export function matchesFilter(filter: unknown, data: Uint8Array, owner: string): boolean {
  const f = (filter ?? {}) as { memcmp?: { offset?: unknown; bytes?: unknown; encoding?: unknown }; dataSize?: unknown; tokenAccountState?: unknown };
  if (f.dataSize !== undefined) return data.length === f.dataSize;
  if (f.tokenAccountState !== undefined) return readTokenAccount(data, owner) !== null;
  if (f.memcmp && typeof f.memcmp.offset === 'number' && typeof f.memcmp.bytes === 'string') {
    const bytes = f.memcmp.encoding === 'base64' ? Buffer.from(f.memcmp.bytes, 'base64') : decodeBase58(f.memcmp.bytes);
    if (bytes === null) throw invalidParams(`Invalid param: invalid filter: memcmp bytes are not base58`);
    const offset = f.memcmp.offset;
    return offset + bytes.length <= data.length && Buffer.from(data.subarray(offset, offset + bytes.length)).equals(Buffer.from(bytes));
  }
  throw invalidParams(`Invalid param: unsupported filter ${JSON.stringify(filter)}`);
}

/** getTokenAccountsBy*'s second param: `{mint}` (the token program that owns it) or `{programId}`. */
async function tokenProgramsOf(filter: unknown, mintOf: (mint: string) => Promise<MintState | null>): Promise<string[]> {
  const f = (filter ?? {}) as { mint?: unknown; programId?: unknown };
  if (typeof f.programId === 'string') {
    if (!isTokenProgram(f.programId)) throw invalidParams('Invalid param: unrecognized Token program id');
    return [f.programId];
  }
  if (typeof f.mint === 'string') {
    pubkeyParam(f.mint);
    if (!(await mintOf(f.mint))) throw invalidParams('Invalid param: could not find mint');
    return [TOKEN_PROGRAM_ID, TOKEN_2022_PROGRAM_ID];
  }
  throw invalidParams('Invalid params: expected {"mint": <pubkey>} or {"programId": <pubkey>}.');
}

function mintFilter(filter: unknown): string | null {
  const mint = (filter as { mint?: unknown } | null)?.mint;
  return typeof mint === 'string' ? mint : null;
}
