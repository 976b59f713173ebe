// Test support: SPL Token setup through the runtime layer (mints, associated token accounts, balances,
// the native mint), with @solana/spl-token's instruction builders, and the fields of token accounts and mints
// decoded from their bytes. In: a Runtime. Out: helpers returning keys, amounts and decoded fields.
import {
  MINT_SIZE, NATIVE_MINT, TOKEN_PROGRAM_ID, createAssociatedTokenAccountIdempotentInstruction, createInitializeMint2Instruction,
  createMintToInstruction, getAssociatedTokenAddressSync,
} from '@solana/spl-token';
import { Keypair, PublicKey, SystemProgram } from '@solana/web3.js';
import type { Runtime } from '../../src/runtime/index.js';

export async function createMint(rt: Runtime, decimals = 6, authority: PublicKey = rt.payer.publicKey): Promise<PublicKey> {
  return createMintWithFreezeAuthority(rt, decimals, authority, null);
}

/** A keypair mint with a freeze authority (null: none). */
export async function createMintWithFreezeAuthority(rt: Runtime, decimals: number, authority: PublicKey, freezeAuthority: PublicKey | null): Promise<PublicKey> {
  const mint = Keypair.generate();
  const lamports = await rt.minimumBalance(MINT_SIZE);
  const r = await rt.send([
    SystemProgram.createAccount({ fromPubkey: rt.payer.publicKey, newAccountPubkey: mint.publicKey, lamports: Number(lamports), space: MINT_SIZE, programId: TOKEN_PROGRAM_ID }),
    createInitializeMint2Instruction(mint.publicKey, decimals, authority, freezeAuthority),
  ], [mint]);
  if (r.error) throw new Error(`createMint failed: ${JSON.stringify(r.error)}\n${r.logs.join('\n')}`);
  return mint.publicKey;
}

/** Creates (if needed) the owner's associated token account and mints `amount` into it (payer = mint authority). */
export async function fundAta(rt: Runtime, mint: PublicKey, owner: PublicKey, amount: bigint): Promise<PublicKey> {
  const ata = getAssociatedTokenAddressSync(mint, owner, true);
  const ixs = [createAssociatedTokenAccountIdempotentInstruction(rt.payer.publicKey, ata, owner, mint)];
  if (amount > 0n) ixs.push(createMintToInstruction(mint, ata, rt.payer.publicKey, amount));
  const r = await rt.send(ixs);
  if (r.error) throw new Error(`fundAta failed: ${JSON.stringify(r.error)}\n${r.logs.join('\n')}`);
  return ata;
}

export const ata = (mint: PublicKey, owner: PublicKey): PublicKey => getAssociatedTokenAddressSync(mint, owner, true);

/** The token amount of a token account, or null when the account does not exist. */
export async function tokenBalance(rt: Runtime, account: PublicKey): Promise<bigint | null> {
  const a = await rt.getAccount(account);
  if (!a) return null;
  return Buffer.from(a.data).readBigUInt64LE(64);
}

/**
 * Makes sure the native mint (wrapped SOL) exists: bankrun's genesis has it, LiteSVM's does not. The bytes are
 * mainnet's: no mint authority, supply 0, 9 decimals, initialized, no freeze authority.
 */
export async function ensureNativeMint(rt: Runtime): Promise<PublicKey> {
  if (await rt.getAccount(NATIVE_MINT)) return NATIVE_MINT;
  const data = new Uint8Array(MINT_SIZE);
  data[44] = 9;
  data[45] = 1;
  await rt.setAccount(NATIVE_MINT, { lamports: await rt.minimumBalance(MINT_SIZE), data, owner: TOKEN_PROGRAM_ID });
  return NATIVE_MINT;
}

/** spl_token::state::Account, field by field; COption keys are null when None. */
export interface TokenAccountFields {
  mint: PublicKey;
  owner: PublicKey;
  amount: bigint;
  delegate: PublicKey | null;
  /** 0 uninitialized, 1 initialized, 2 frozen. */
  state: number;
  /** The rent-exempt reserve of a native (wrapped SOL) account; null otherwise. */
  isNative: bigint | null;
  delegatedAmount: bigint;
  closeAuthority: PublicKey | null;
}

/** The fields of a token account, or null when the account does not exist. */
export async function readTokenAccount(rt: Runtime, account: PublicKey): Promise<TokenAccountFields | null> {
  const a = await rt.getAccount(account);
  if (!a) return null;
  const d = Buffer.from(a.data);
  return {
    mint: new PublicKey(d.subarray(0, 32)),
    owner: new PublicKey(d.subarray(32, 64)),
    amount: d.readBigUInt64LE(64),
    delegate: optionalKey(d, 72),
    state: d[108]!,
    isNative: d.readUInt32LE(109) === 1 ? d.readBigUInt64LE(113) : null,
    delegatedAmount: d.readBigUInt64LE(121),
    closeAuthority: optionalKey(d, 129),
  };
}

/** spl_token::state::Mint, field by field; COption keys are null when None. */
export interface MintFields {
  mintAuthority: PublicKey | null;
  supply: bigint;
  decimals: number;
  isInitialized: boolean;
  freezeAuthority: PublicKey | null;
}

/** The fields of a mint, or null when the account does not exist. */
export async function readMint(rt: Runtime, mint: PublicKey): Promise<MintFields | null> {
  const a = await rt.getAccount(mint);
  if (!a) return null;
  const d = Buffer.from(a.data);
  return {
    mintAuthority: optionalKey(d, 0),
    supply: d.readBigUInt64LE(36),
    decimals: d[44]!,
    isInitialized: d[45] === 1,
    freezeAuthority: optionalKey(d, 46),
  };
}

/** A COption<Pubkey>: u32 tag (0 None, 1 Some) then the key. */
function optionalKey(data: Buffer, at: number): PublicKey | null {
  return data.readUInt32LE(at) === 1 ? new PublicKey(data.subarray(at + 4, at + 36)) : null;
}
