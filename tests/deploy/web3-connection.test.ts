// The web3.js DeployConnection against a scripted JSON-RPC server on a loopback port: how it confirms,
// when it sends again, and how failures come back. The server answers just the methods it uses.
import { createServer, type Server } from 'node:http';
import { createHash } from 'node:crypto';
import { Keypair, PublicKey, SystemProgram, Transaction } from '@solana/web3.js';
import { getBase58Decoder } from '@solana/kit';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ClusterError, TransactionFailedError } from '../../src/deploy/connection.js';
import { web3Connection } from '../../src/deploy/web3-connection.js';

interface Sent { signature: string; blockhash: string }
type Status = { err: unknown } | 'confirmed' | null;

/** A fake RPC: each getLatestBlockhash hands out a new blockhash valid for 10 blocks. */
class FakeRpc {
  height = 100;
  sent: Sent[] = [];
  /** What getSignatureStatuses reports for the n-th sent transaction (default: confirmed). */
  statusOfSend: (index: number) => Status = () => 'confirmed';
  /** JSON-RPC errors to answer with, by method. */
  errors: Record<string, object> = {};
  private blockhashes = 0;
  private server!: Server;
  url = '';

  async start(): Promise<void> {
    this.server = createServer((req, res) => {
      let body = '';
      req.on('data', (chunk) => { body += chunk; });
      req.on('end', () => {
        const { id, method, params } = JSON.parse(body) as { id: string; method: string; params: unknown[] };
        const answer = this.answer(method, params);
        res.setHeader('content-type', 'application/json');
        res.end(JSON.stringify({ jsonrpc: '2.0', id, ...answer }));
      });
    });
    await new Promise<void>((listening) => this.server.listen(0, '127.0.0.1', listening));
    this.url = `http://127.0.0.1:${(this.server.address() as { port: number }).port}`;
  }

  stop(): Promise<unknown> {
    return new Promise((closed) => this.server.close(closed));
  }

  private answer(method: string, params: unknown[]): { result: unknown } | { error: object } {
    const context = { slot: this.height };
    const error = this.errors[method];
    if (error) return { error };
    switch (method) {
      case 'getLatestBlockhash': {
        const blockhash = new PublicKey(createHash('sha256').update(`blockhash ${this.blockhashes++}`).digest()).toBase58();
        return { result: { context, value: { blockhash, lastValidBlockHeight: this.height + 10 } } };
      }
      case 'sendTransaction': {
        const tx = Transaction.from(Buffer.from(params[0] as string, 'base64'));
        const signature = getBase58Decoder().decode(tx.signature!);
        this.sent.push({ signature, blockhash: tx.recentBlockhash! });
        return { result: signature };
      }
      case 'getBlockHeight':
        return { result: this.height };
      case 'getSignatureStatuses': {
        const wanted = (params[0] as string[])[0];
        const index = this.sent.findIndex((s) => s.signature === wanted);
        const status = index < 0 ? null : this.statusOfSend(index);
        if (status === null) return { result: { context, value: [null] } };
        const err = status === 'confirmed' ? null : status.err;
        return { result: { context, value: [{ slot: this.height, confirmations: null, err, status: err ? { Err: err } : { Ok: null }, confirmationStatus: 'confirmed' }] } };
      }
      case 'getTransaction':
        return { result: null };
      case 'getBalance':
        return { result: { context, value: 1_500_000_000 } };
      case 'getMinimumBalanceForRentExemption':
        return { result: 890_880 + 6960 * (params[0] as number) };
      case 'getFeeForMessage':
        return { result: { context, value: 5000 } };
      case 'getAccountInfo':
        return { result: { context, value: { data: [Buffer.from([1, 2, 3]).toString('base64'), 'base64'], executable: false, lamports: 42, owner: SystemProgram.programId.toBase58(), rentEpoch: 0, space: 3 } } };
      default:
        return { error: { code: -32601, message: `Method not found: ${method}` } };
    }
  }
}

describe('web3 connection', () => {
  let rpc: FakeRpc;
  const payer = Keypair.generate();
  const transfer = () => [SystemProgram.transfer({ fromPubkey: payer.publicKey, toPubkey: Keypair.generate().publicKey, lamports: 1 })];

  beforeEach(async () => {
    rpc = new FakeRpc();
    await rpc.start();
  });
  afterEach(() => rpc.stop());

  const connect = () => web3Connection(rpc.url, { attempts: 3, pollMs: 1 });

  it('resolves once the transaction reads confirmed, after one send', async () => {
    await connect().send(transfer(), [payer]);
    expect(rpc.sent.length).toBe(1);
  });

  it('sends again with a new blockhash when the first expired before it landed', async () => {
    rpc.statusOfSend = (index) => {
      if (index > 0) return 'confirmed';
      rpc.height += 11; // the first send's blockhash is now past its last valid block height
      return null;
    };
    await connect().send(transfer(), [payer]);
    expect([rpc.sent.length, rpc.sent[0]!.blockhash !== rpc.sent[1]!.blockhash]).toEqual([2, true]);
  });

  it('gives up after the policy\'s number of expired blockhashes', async () => {
    rpc.statusOfSend = () => {
      rpc.height += 11;
      return null;
    };
    const sending = connect().send(transfer(), [payer]);
    await expect(sending).rejects.toThrow(new ClusterError(`${rpc.url}: the transaction did not land before its blockhash expired, 3 times`));
    expect(rpc.sent.length).toBe(3);
  });

  it('reports a failed preflight simulation with its logs, without sending again', async () => {
    rpc.errors.sendTransaction = {
      code: -32002,
      message: 'Transaction simulation failed: Error processing Instruction 0: custom program error: 0x1',
      data: { err: { InstructionError: [0, { Custom: 1 }] }, logs: ['Program log: no'], accounts: null, unitsConsumed: 0, returnData: null },
    };
    const failure = await connect().send(transfer(), [payer]).catch((err: unknown) => err);
    expect(failure).toBeInstanceOf(TransactionFailedError);
    expect([(failure as TransactionFailedError).message, (failure as TransactionFailedError).logs])
      .toEqual(['Transaction simulation failed: Error processing Instruction 0: custom program error: 0x1', ['Program log: no']]);
  });

  it('reports a transaction that landed and failed', async () => {
    rpc.statusOfSend = () => ({ err: { InstructionError: [0, { Custom: 1 }] } });
    const sending = connect().send(transfer(), [payer]);
    await expect(sending).rejects.toThrow(new TransactionFailedError('transaction failed: {"InstructionError":[0,{"Custom":1}]}', []));
  });

  it('reads balances, rent, the signature fee and accounts', async () => {
    const connection = connect();
    expect({
      balance: await connection.getBalance(payer.publicKey),
      rent: await connection.minimumBalance(10),
      fee: await connection.feePerSignature(),
      account: await connection.getAccount(payer.publicKey),
    }).toEqual({
      balance: 1_500_000_000n,
      rent: 960_480n,
      fee: 5000n,
      account: { lamports: 42n, data: Uint8Array.from([1, 2, 3]), owner: SystemProgram.programId, executable: false },
    });
  });

  it('turns a JSON-RPC error into a ClusterError naming the URL', async () => {
    rpc.errors.getBalance = { code: -32005, message: 'Node is unhealthy' };
    await expect(connect().getBalance(payer.publicKey)).rejects.toThrow(new ClusterError(
      `${rpc.url}: failed to get balance of account ${payer.publicKey.toBase58()}: SolanaJSONRPCError: failed to get balance for ${payer.publicKey.toBase58()}: Node is unhealthy`));
  });
});
