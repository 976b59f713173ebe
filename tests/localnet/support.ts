// Test support for the in-process validator: a localnet holding the counter test program (tests/programs/
// counter.ts) with a still clock (slots move only with transactions), raw JSON-RPC calls over HTTP, and
// signed wire transactions to send through them.
// In: nothing. Out: the running localnet, its wallet, the compiled counter, rpc helpers.
import { Keypair, PublicKey, Transaction, type Signer, type TransactionInstruction } from '@solana/web3.js';
import { startLocalnet, type Localnet } from '../../src/localnet/index.js';
import { encodeBase58 } from '../../src/localnet/ledger.js';
import { compileTestProgram, type CompiledProgram } from '../support/compiled.js';

export interface RpcAnswer { result?: unknown; error?: { code: number; message: string; data?: unknown } }

export interface TestLocalnet {
  localnet: Localnet;
  wallet: Keypair;
  counter: CompiledProgram;
  unknownMethods: string[];
  /** One JSON-RPC call; the parsed answer without `jsonrpc` and `id`. */
  rpc(method: string, params?: unknown[]): Promise<RpcAnswer>;
  /** The raw response text for a raw request body. */
  post(body: string): Promise<string>;
  /** A transaction paid and signed by the wallet (plus `signers`) on the latest blockhash, base64. */
  signed(ixs: TransactionInstruction[], signers?: Signer[], blockhash?: string): Promise<{ wire: string; signature: string }>;
  close(): Promise<void>;
}

export async function startCounterLocalnet(): Promise<TestLocalnet> {
  const counter = compileTestProgram('counter.ts');
  const wallet = Keypair.generate();
  const unknownMethods: string[] = [];
  const localnet = await startLocalnet({ programs: [{ programId: counter.programId, so: counter.so, name: 'counter' }], wallet: wallet.publicKey, slotMs: 0, onUnknownMethod: (m) => unknownMethods.push(m) });
  const post = async (body: string): Promise<string> => {
    const response = await fetch(localnet.rpcUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    return response.text();
  };
  const rpc = async (method: string, params: unknown[] = []): Promise<RpcAnswer> => {
    const { result, error } = JSON.parse(await post(JSON.stringify({ jsonrpc: '2.0', id: 1, method, params }))) as RpcAnswer;
    return error === undefined ? { result } : { error };
  };
  const signed = async (ixs: TransactionInstruction[], signers: Signer[] = [], blockhash?: string) => {
    const recent = blockhash ?? ((await rpc('getLatestBlockhash')).result as { value: { blockhash: string } }).value.blockhash;
    const tx = new Transaction({ feePayer: wallet.publicKey, recentBlockhash: recent }).add(...ixs);
    tx.sign(wallet, ...signers);
    return { wire: tx.serialize().toString('base64'), signature: encodeBase58(tx.signature!) };
  };
  return { localnet, wallet, counter, unknownMethods, rpc, post, signed, close: () => localnet.close() };
}

/** The counter PDA of `authority`. */
export function counterAddress(counter: CompiledProgram, authority: PublicKey): PublicKey {
  return PublicKey.findProgramAddressSync([Buffer.from('counter'), authority.toBuffer()], counter.programId)[0];
}
