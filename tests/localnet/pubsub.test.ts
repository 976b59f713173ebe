// The in-process validator's PubSub WebSocket (RPC port + 1): subscribe answers carry the subscription
// id, notifications the validator's shapes — signatureNotification once (also for a signature that
// landed before the subscription), accountNotification on change, logsNotification for transactions
// mentioning an address — and unsubscribing ends them.
import { Keypair, SystemProgram } from '@solana/web3.js';
import { WebSocket } from 'ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { counterAddress, startCounterLocalnet, type TestLocalnet } from './support.js';

let t: TestLocalnet;
beforeAll(async () => {
  t = await startCounterLocalnet();
}, 60_000);
afterAll(() => t.close());

const CONTEXT = { apiVersion: '2.2.0' };
const PROGRAM = 'EhxPGtzWeQw3Pe6fLj3jErcy93mPC9qJoamVuDv5s9fL';

/** A client that records every message; `request` waits for the answer with its id. */
async function connect(): Promise<{ messages: unknown[]; request(method: string, params: unknown[]): Promise<unknown>; settle(): Promise<void>; close(): void }> {
  const socket = new WebSocket(t.localnet.wsUrl);
  await new Promise((resolve, reject) => socket.once('open', resolve).once('error', reject));
  const messages: unknown[] = [];
  let nextId = 1;
  socket.on('message', (raw) => messages.push(JSON.parse(raw.toString())));
  const request = async (method: string, params: unknown[]): Promise<unknown> => {
    const id = nextId++;
    socket.send(JSON.stringify({ jsonrpc: '2.0', id, method, params }));
    for (;;) {
      const answer = messages.find((m) => (m as { id?: number }).id === id);
      if (answer) return answer;
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
  };
  return {
    messages,
    request,
    // Lets messages already sent arrive: a round trip on the same socket.
    settle: async () => {
      await request('slotUnsubscribe', [-1]);
    },
    close: () => socket.close(),
  };
}

const notifications = (messages: unknown[], method: string) => messages.filter((m) => (m as { method?: string }).method === method).map((m) => (m as { params: unknown }).params);

describe('PubSub', () => {
  it('notifies a signature once when it lands, with its error', async () => {
    const client = await connect();
    const authority = Keypair.generate();
    const { wire, signature } = await t.signed([t.counter.ix('increment', { authority: authority.publicKey, counter: counterAddress(t.counter, authority.publicKey) })], [authority]);

    const subscribed = await client.request('signatureSubscribe', [signature, { commitment: 'confirmed' }]) as { result: number };
    const landedIn = (await t.rpc('getSlot')).result as number;
    await t.rpc('sendTransaction', [wire, { encoding: 'base64', skipPreflight: true }]);
    await client.settle();

    expect(notifications(client.messages, 'signatureNotification')).toEqual([
      { result: { context: { ...CONTEXT, slot: landedIn }, value: { err: { InstructionError: [0, { Custom: 3012 }] } } }, subscription: subscribed.result },
    ]);
    client.close();
  });

  it('notifies a signature that landed before the subscription right after the answer', async () => {
    const client = await connect();
    const landedIn = (await t.rpc('getSlot')).result as number;
    const signature = (await t.rpc('requestAirdrop', [Keypair.generate().publicKey.toBase58(), 1_000_000])).result as string;

    const subscribed = await client.request('signatureSubscribe', [signature]) as { result: number };
    await client.settle();

    expect(client.messages.slice(0, 2)).toEqual([
      { jsonrpc: '2.0', result: subscribed.result, id: 1 },
      { jsonrpc: '2.0', method: 'signatureNotification', params: { result: { context: { ...CONTEXT, slot: landedIn }, value: { err: null } }, subscription: subscribed.result } },
    ]);
    client.close();
  });

  it('notifies an account when a transaction changes it, until unsubscribed', async () => {
    const client = await connect();
    const user = Keypair.generate().publicKey.toBase58();
    const subscribed = await client.request('accountSubscribe', [user, { encoding: 'base64', commitment: 'confirmed' }]) as { result: number };

    const landedIn = (await t.rpc('getSlot')).result as number;
    await t.rpc('requestAirdrop', [user, 1_000_000_000]);
    await client.settle();
    const unsubscribed = await client.request('accountUnsubscribe', [subscribed.result]);
    await t.rpc('requestAirdrop', [user, 1_000_000_000]);
    await client.settle();

    expect([notifications(client.messages, 'accountNotification'), unsubscribed]).toEqual([
      [{
        result: { context: { ...CONTEXT, slot: landedIn }, value: { lamports: 1_000_000_000, data: ['', 'base64'], owner: '11111111111111111111111111111111', executable: false, rentEpoch: 18446744073709551615, space: 0 } },
        subscription: subscribed.result,
      }],
      { jsonrpc: '2.0', result: true, id: 3 },
    ]);
    client.close();
  });

  it('sends the logs of transactions that mention an address, failed ones too', async () => {
    const client = await connect();
    const subscribed = await client.request('logsSubscribe', [{ mentions: [PROGRAM] }, { commitment: 'confirmed' }]) as { result: number };
    const authority = Keypair.generate();
    await t.rpc('requestAirdrop', [authority.publicKey.toBase58(), 1_000_000_000]);
    const { wire, signature } = await t.signed([t.counter.ix('initialize', { authority: authority.publicKey, counter: counterAddress(t.counter, authority.publicKey), systemProgram: SystemProgram.programId })], [authority]);
    const landedIn = (await t.rpc('getSlot')).result as number;

    await t.rpc('sendTransaction', [wire, { encoding: 'base64' }]);
    await client.settle();

    const logs = notifications(client.messages, 'logsNotification') as { result: { value: { logs: string[] } } }[];
    expect(logs).toEqual([{ result: { context: { ...CONTEXT, slot: landedIn }, value: { signature, err: null, logs: logs[0].result.value.logs } }, subscription: subscribed.result }]);
    expect(logs[0].result.value.logs[1]).toBe('Program log: Instruction: Initialize');
    client.close();
  });

  it('refuses more than one address to mention and an unknown subscription id', async () => {
    const client = await connect();

    const answers = [await client.request('logsSubscribe', [{ mentions: [PROGRAM, PROGRAM] }]), await client.request('signatureUnsubscribe', [12345]), await client.request('blockSubscribe', [])];

    expect(answers).toEqual([
      { jsonrpc: '2.0', error: { code: -32602, message: 'Invalid Request: Only 1 address supported' }, id: 1 },
      { jsonrpc: '2.0', error: { code: -32602, message: 'Invalid subscription id.' }, id: 2 },
      { jsonrpc: '2.0', error: { code: -32601, message: 'Method not found' }, id: 3 },
    ]);
    client.close();
  });
});
