// The validator's PubSub WebSocket (RPC port + 1, where web3.js looks for it): signature, account,
// logs, program, slot and root subscriptions, answering `<kind>Subscribe` with a subscription id and
// pushing `<kind>Notification` messages as the ledger lands transactions and closes slots. Every landed
// transaction is final at once, so notifications go out for any commitment as soon as it lands; a
// signature that has already landed is notified right after the subscription is confirmed (a
// validator finds it in its status cache at the next slot).
// In: the ledger and a WebSocketServer. Out: the subscriptions served on it.
import type { WebSocket, WebSocketServer } from 'ws';
import { accountConfig, encodeAccount, type AccountConfig } from './account-encoding.js';
import { toJson, type JsonValue } from './json.js';
import type { AccountRecord, LandedTransaction, Ledger } from './ledger.js';
import { invalidParams, methodNotFound, RpcError } from './rpc-error.js';
import { configParam, paramsArray, pubkeyParam, signatureParam } from './rpc-params.js';
import { withContext } from './version.js';

type Subscription =
  | { kind: 'signature'; signature: string; received: boolean }
  | { kind: 'account'; key: string; config: AccountConfig }
  | { kind: 'logs'; mentions: string | null }
  | { kind: 'program'; owner: string; config: AccountConfig; filters: unknown[] }
  | { kind: 'slot' }
  | { kind: 'root' };

/** An account that a transaction closed, as notifications show it. */
const CLOSED_ACCOUNT: AccountRecord = { lamports: 0n, data: new Uint8Array(), owner: '11111111111111111111111111111111', executable: false };

export function servePubsub(server: WebSocketServer, ledger: Ledger, matchesFilters: (filters: unknown[], account: AccountRecord) => boolean): void {
  let nextId = 0;
  const subscriptions = new Map<number, { socket: WebSocket; subscription: Subscription }>();
  const send = (socket: WebSocket, message: JsonValue): void => {
    if (socket.readyState === socket.OPEN) socket.send(toJson(message));
  };
  const notify = (id: number, method: string, result: JsonValue): void => {
    const entry = subscriptions.get(id);
    if (entry) send(entry.socket, { jsonrpc: '2.0', method, params: { result, subscription: id } });
  };

  const onLanded = (landed: LandedTransaction): void => {
    const changed = changedAccounts(landed);
    const mintOf = (mint: string) => landed.mints.get(mint) ?? null;
    for (const [id, { subscription }] of subscriptions) {
      switch (subscription.kind) {
        case 'signature':
          if (subscription.signature === landed.signature) notifySignature(id, landed);
          break;
        case 'account': {
          const account = changed.get(subscription.key);
          if (account) notify(id, 'accountNotification', withContext(landed.slot, encodeAccount(account, subscription.config, mintOf)));
          break;
        }
        case 'logs':
          if (subscription.mentions === null || landed.accountKeys.some((k) => k.toBase58() === subscription.mentions)) {
            notify(id, 'logsNotification', withContext(landed.slot, { signature: landed.signature, err: landed.err?.json ?? null, logs: landed.logs }));
          }
          break;
        case 'program':
          for (const [pubkey, account] of changed) {
            if (account.owner === subscription.owner && matchesFilters(subscription.filters, account)) {
              notify(id, 'programNotification', withContext(landed.slot, { pubkey, account: encodeAccount(account, subscription.config, mintOf) }));
            }
          }
          break;
        default:
          break;
      }
    }
  };
  const notifySignature = (id: number, landed: LandedTransaction): void => {
    notify(id, 'signatureNotification', withContext(landed.slot, { err: landed.err?.json ?? null }));
    // Signature subscriptions end with their notification.
    subscriptions.delete(id);
  };
  const onSlot = (slot: bigint): void => {
    for (const [id, { subscription }] of subscriptions) {
      if (subscription.kind === 'slot') notify(id, 'slotNotification', { parent: slot - 1n, root: slot - 1n, slot });
      if (subscription.kind === 'root') notify(id, 'rootNotification', slot - 1n);
    }
  };
  ledger.on('landed', onLanded);
  ledger.on('slot', onSlot);
  server.on('close', () => {
    ledger.off('landed', onLanded);
    ledger.off('slot', onSlot);
  });

  server.on('connection', (socket) => {
    socket.on('message', (raw) => {
      let request: { id?: JsonValue; method?: unknown; params?: unknown };
      try {
        request = JSON.parse(raw.toString()) as typeof request;
      } catch {
        send(socket, { jsonrpc: '2.0', error: { code: -32700, message: 'Parse error' }, id: null });
        return;
      }
      // Notifications (no id), such as web3.js's keep-alive "ping", get no answer.
      if (request.id === undefined || typeof request.method !== 'string') return;
      try {
        const { result, after } = handle(request.method, paramsArray(request.params), socket);
        send(socket, { jsonrpc: '2.0', result, id: request.id });
        after?.();
      } catch (err) {
        const error = err instanceof RpcError ? err : new RpcError(-32603, 'Internal error');
        send(socket, { jsonrpc: '2.0', error: error.toJson(), id: request.id });
      }
    });
    socket.on('close', () => {
      for (const [id, entry] of subscriptions) if (entry.socket === socket) subscriptions.delete(id);
    });
  });

  /** A subscribe or unsubscribe request: its result, and what to do once the answer is sent. */
  function handle(method: string, params: unknown[], socket: WebSocket): { result: JsonValue; after?: () => void } {
    if (method.endsWith('Unsubscribe')) {
      const id = params[0];
      if (typeof id !== 'number' || subscriptions.get(id)?.socket !== socket) throw invalidParams('Invalid subscription id.');
      subscriptions.delete(id);
      return { result: true };
    }
    const subscription = subscriptionOf(method, params);
    const id = nextId++;
    subscriptions.set(id, { socket, subscription });
    if (subscription.kind !== 'signature') return { result: id };
    const landed = ledger.transaction(subscription.signature);
    return {
      result: id,
      after: () => {
        if (subscription.received) notify(id, 'signatureNotification', withContext(ledger.slot, 'receivedSignature'));
        if (landed) notifySignature(id, landed);
      },
    };
  }
}

function subscriptionOf(method: string, params: unknown[]): Subscription {
  switch (method) {
    case 'signatureSubscribe':
      return { kind: 'signature', signature: signatureParam(params[0]), received: configParam<{ enableReceivedNotification: boolean }>(params[1]).enableReceivedNotification === true };
    case 'accountSubscribe':
      return { kind: 'account', key: pubkeyParam(params[0]).toBase58(), config: accountConfig(params[1]) };
    case 'logsSubscribe': {
      const filter = params[0] as { mentions?: unknown } | string;
      if (filter === 'all' || filter === 'allWithVotes') return { kind: 'logs', mentions: null };
      const mentions = typeof filter === 'object' && filter !== null && Array.isArray(filter.mentions) ? filter.mentions : null;
      if (!mentions || mentions.length !== 1) throw invalidParams('Invalid Request: Only 1 address supported');
      return { kind: 'logs', mentions: pubkeyParam(mentions[0]).toBase58() };
    }
    case 'programSubscribe':
      return { kind: 'program', owner: pubkeyParam(params[0]).toBase58(), config: accountConfig(params[1]), filters: configParam<{ filters: unknown[] }>(params[1]).filters ?? [] };
    case 'slotSubscribe':
      return { kind: 'slot' };
    case 'rootSubscribe':
      return { kind: 'root' };
    default:
      throw methodNotFound();
  }
}

/** The accounts a transaction changed (balance, data or owner), by address; closed ones as empty. */
function changedAccounts(landed: LandedTransaction): Map<string, AccountRecord> {
  const changed = new Map<string, AccountRecord>();
  landed.accountKeys.forEach((key, i) => {
    const before = landed.preAccounts[i];
    const after = landed.postAccounts[i];
    if (before === null && after === null) return;
    const same = before !== null && after !== null && before.lamports === after.lamports && before.owner === after.owner
      && Buffer.from(before.data).equals(Buffer.from(after.data));
    if (!same) changed.set(key.toBase58(), after ?? CLOSED_ACCOUNT);
  });
  return changed;
}
