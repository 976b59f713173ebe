// Test support: SPL Token setup through the runtime layer (mints, associated token accounts, balances),
// with @solana/spl-token's instruction builders. In: a Runtime. Out: helpers returning keys and amounts.
import {
  MINT_SIZE, TOKEN_PROGRAM_ID, createAssociatedTokenAccountIdempotentInstruction, createInitializeMint2Instruction,
  createMintToInstruction, getAssociatedTokenAddressSync,
} from '@solana/spl-token';
import { Keypair, PublicKey, SystemProgram } from '@solana/web3.js';
import type { Runtime } from '../../src/runtime/index.js';

export async function createMint(rt: Runtime, decimals = 6, authority: PublicKey = rt.payer.publicKey): Promise<PublicKey> {
  const mint = Keypair.generate();
  const lamports = await rt.minimumBalance(MINT_SIZE);
  const r = await rt.send([
    SystemProgram.createAccount({ fromPubkey: rt.payer.publicKey, newAccountPubkey: mint.publicKey, lamports: Number(lamports), space: MINT_SIZE, programId: TOKEN_PROGRAM_ID }),
    createInitializeMint2Instruction(mint.publicKey, decimals, authority, null),
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
