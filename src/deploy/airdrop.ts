// An airdrop from a cluster's faucet over JSON-RPC: `requestAirdrop`, then the signature's status polled
// until 'confirmed', then the recipient's balance. Plain fetch, no retries: a faucet that says no (devnet
// answers HTTP 429 with a message, solana-test-validator a JSON-RPC error) is reported with its own words.
// In: an RPC URL, a base58 address, lamports. Out: the signature and the new balance, or why it failed
// (`refused`: the faucet answered and said no; otherwise the cluster could not be reached or never confirmed).
export type AirdropResult =
  | { ok: true; signature: string; balance: bigint }
  | { ok: false; refused: boolean; error: string };

export interface AirdropTiming {
  /** How long to wait for the airdrop to be confirmed. */
  timeoutMs: number;
  pollMs: number;
}

const DEFAULT_TIMING: AirdropTiming = { timeoutMs: 60_000, pollMs: 500 };

/** `answered`: the server replied (an HTTP error status or a JSON-RPC error), rather than being unreachable. */
type RpcAnswer = { ok: true; result: unknown } | { ok: false; answered: boolean; error: string };

export async function requestAirdrop(url: string, address: string, lamports: bigint, timing: AirdropTiming = DEFAULT_TIMING): Promise<AirdropResult> {
  const requested = await rpc(url, 'requestAirdrop', [address, Number(lamports)]);
  // Only the faucet's own answer to the request is a refusal; later failures are the cluster's.
  if (!requested.ok) return { ok: false, refused: requested.answered, error: requested.error };
  const signature = requested.result;
  if (typeof signature !== 'string') return { ok: false, refused: false, error: `${url} answered requestAirdrop without a signature` };
  const deadline = Date.now() + timing.timeoutMs;
  for (;;) {
    const status = await rpc(url, 'getSignatureStatuses', [[signature]]);
    if (!status.ok) return { ok: false, refused: false, error: status.error };
    const value = (status.result as { value?: ({ err: unknown; confirmationStatus?: string } | null)[] }).value?.[0];
    if (value?.err) return { ok: false, refused: true, error: `the airdrop transaction ${signature} failed: ${JSON.stringify(value.err)}` };
    if (value && (value.confirmationStatus === 'confirmed' || value.confirmationStatus === 'finalized')) break;
    if (Date.now() >= deadline) return { ok: false, refused: false, error: `the airdrop ${signature} was not confirmed within ${timing.timeoutMs / 1000} s` };
    await new Promise((wake) => setTimeout(wake, timing.pollMs));
  }
  const balance = await rpc(url, 'getBalance', [address, { commitment: 'confirmed' }]);
  if (!balance.ok) return { ok: false, refused: false, error: balance.error };
  return { ok: true, signature, balance: BigInt((balance.result as { value: number }).value) };
}

async function rpc(url: string, method: string, params: unknown[]): Promise<RpcAnswer> {
  let response: Response;
  try {
    response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ jsonrpc: '2.0', id: 1, method, params }),
    });
  } catch (err) {
    const cause = (err as { cause?: { message?: string } }).cause?.message ?? (err as Error).message;
    return { ok: false, answered: false, error: `cannot reach ${url}: ${cause}` };
  }
  const text = await response.text();
  let body: { result?: unknown; error?: { message?: unknown } } | undefined;
  try {
    body = JSON.parse(text) as typeof body;
  } catch {
    body = undefined;
  }
  const message = typeof body?.error?.message === 'string' ? body.error.message : text.trim().slice(0, 300);
  if (!response.ok) return { ok: false, answered: true, error: `HTTP ${response.status}${message ? `: ${message}` : ''}` };
  if (body === undefined) return { ok: false, answered: false, error: `${url} answered ${method} with something other than JSON` };
  if (body.error !== undefined) return { ok: false, answered: true, error: message };
  return { ok: true, result: body.result };
}
