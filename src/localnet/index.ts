// An in-process stand-in for solana-test-validator: the JSON-RPC server over HTTP on 127.0.0.1 (a free
// port) and the PubSub WebSocket on the next port, where web3.js derives it, both backed by a ledger
// holding the given programs on its bank: LiteSVM running their .so (the default), or the native host
// running their Anchor Rust built for this machine (`bank: 'native'`, what `poseidon test --runtime
// native` asks for). `poseidon test` points Anchor's provider at it, so tests written for `anchor test`
// run with no validator installed.
// In: programs, the wallet to fund, options. Out: a running Localnet (its URLs, the ledger) to close.
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import type { PublicKey } from '@solana/web3.js';
import { WebSocketServer } from 'ws';
import { createRpcServer } from './http-server.js';
import type { Bank } from './bank.js';
import { Ledger } from './ledger.js';
import { LitesvmBank } from './litesvm-bank.js';
import { servePubsub } from './pubsub.js';
import { matchesFilter, rpcMethods } from './rpc-methods.js';

export { Ledger, WALLET_LAMPORTS, FAUCET_LAMPORTS, type LandedTransaction } from './ledger.js';
export { LAMPORTS_PER_SIGNATURE } from './fees.js';
export { handleRpcBody } from './http-server.js';
export { rpcMethods } from './rpc-methods.js';
export { SOLANA_CORE_VERSION } from './version.js';

export interface LocalnetOptions {
  /** Each with its .so (LiteSVM), or its Anchor workspace's program crate (native: NativeProgram.workspace). */
  programs: { programId: PublicKey; so?: Uint8Array; anchorWorkspace?: Map<string, string>; name?: string }[];
  /** What runs the programs: 'litesvm' (default) or 'native'. */
  bank?: 'litesvm' | 'native';
  /** Funded as solana-test-validator funds its mint (500,000,000 SOL). */
  wallet: PublicKey;
  /** Milliseconds per idle slot (default 400); 0 moves slots only with transactions. */
  slotMs?: number;
  /** Told once about each method the server does not implement (answered -32601). */
  onUnknownMethod?: (method: string) => void;
  /** Told about an internal error (a bug here), answered -32603. */
  onInternalError?: (method: string, err: unknown) => void;
}

export interface Localnet {
  /** http://127.0.0.1:<port>: ANCHOR_PROVIDER_URL. */
  readonly rpcUrl: string;
  /** ws://127.0.0.1:<port + 1>. */
  readonly wsUrl: string;
  readonly ledger: Ledger;
  close(): Promise<void>;
}

/** How many port pairs to try before giving up (another process may take port + 1). */
const PORT_ATTEMPTS = 20;

export async function startLocalnet(options: LocalnetOptions): Promise<Localnet> {
  const bank = await startBank(options);
  let ledger: Ledger;
  try {
    ledger = await Ledger.start(bank, { wallet: options.wallet, slotMs: options.slotMs });
  } catch (err) {
    bank.close();
    throw err;
  }
  const methods = rpcMethods(ledger);
  const reported = new Set<string>();
  const onUnknownMethod = (method: string): void => {
    if (reported.has(method)) return;
    reported.add(method);
    options.onUnknownMethod?.(method);
  };
  for (let attempt = 0; attempt < PORT_ATTEMPTS; attempt++) {
    const http = createRpcServer({ methods, onUnknownMethod, onInternalError: options.onInternalError });
    const port = await listen(http, 0);
    const ws = new WebSocketServer({ host: '127.0.0.1', port: port + 1 });
    const wsError = await new Promise<Error | null>((resolve) => {
      ws.once('listening', () => resolve(null));
      ws.once('error', resolve);
    });
    if (wsError) {
      await closeServer(http);
      continue;
    }
    servePubsub(ws, ledger, (filters, account) => filters.every((f) => matchesFilter(f, account.data, account.owner)));
    return {
      rpcUrl: `http://127.0.0.1:${port}`,
      wsUrl: `ws://127.0.0.1:${port + 1}`,
      ledger,
      async close() {
        ledger.close();
        for (const client of ws.clients) client.terminate();
        await new Promise<void>((resolve) => ws.close(() => resolve()));
        http.closeAllConnections();
        await closeServer(http);
      },
    };
  }
  ledger.close();
  throw new Error(`no free pair of ports on 127.0.0.1 after ${PORT_ATTEMPTS} attempts`);
}

async function startBank(options: LocalnetOptions): Promise<Bank> {
  const nameOf = (program: LocalnetOptions['programs'][number]): string => program.name ?? program.programId.toBase58();
  if (options.bank === 'native') {
    const { NativeBank } = await import('./native-bank.js');
    return NativeBank.start(options.programs.map((program) => {
      if (!program.anchorWorkspace) throw new Error(`the native bank needs the Anchor workspace of program ${nameOf(program)}`);
      return { programId: program.programId, workspace: program.anchorWorkspace };
    }));
  }
  return new LitesvmBank(options.programs.map((program) => {
    if (!program.so) throw new Error(`the LiteSVM bank needs the .so of program ${nameOf(program)}`);
    return { programId: program.programId, so: program.so, name: program.name };
  }));
}

function listen(server: Server, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve((server.address() as AddressInfo).port));
  });
}

function closeServer(server: Server): Promise<void> {
  return new Promise((resolve) => server.close(() => resolve()));
}
