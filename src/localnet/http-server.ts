// JSON-RPC 2.0 over HTTP, as the validator serves it on its RPC port: POST a request or a batch, get
// `{"jsonrpc":"2.0","result":…,"id":…}` or `{"jsonrpc":"2.0","error":{code,message,data?},"id":…}`;
// GET /health answers "ok".
// In: the method table and a callback for methods it lacks. Out: an http.Server (not yet listening)
// and the request handler on its own for tests.
import { createServer, type Server } from 'node:http';
import { toJson, type JsonValue } from './json.js';
import { INTERNAL_ERROR, INVALID_REQUEST, methodNotFound, PARSE_ERROR, RpcError } from './rpc-error.js';
import type { RpcMethod } from './rpc-methods.js';

export interface RpcHandlerOptions {
  methods: Map<string, RpcMethod>;
  /** Called for a method the table lacks (the caller logs it once). */
  onUnknownMethod?: (method: string) => void;
  /** Called for an exception that is not an RpcError: a bug here, answered as -32603. */
  onInternalError?: (method: string, err: unknown) => void;
}

export function createRpcServer(options: RpcHandlerOptions): Server {
  return createServer((req, res) => {
    if (req.method === 'GET' && req.url === '/health') {
      res.writeHead(200, { 'content-type': 'text/plain' }).end('ok');
      return;
    }
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      void handleRpcBody(Buffer.concat(chunks).toString('utf8'), options).then((body) => {
        res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' }).end(body);
      });
    });
  });
}

/** One HTTP body in, the response body out: a single request or a batch (its requests run in order). */
export async function handleRpcBody(body: string, options: RpcHandlerOptions): Promise<string> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return toJson(errorResponse(null, new RpcError(PARSE_ERROR, 'Parse error')));
  }
  if (Array.isArray(parsed)) {
    if (parsed.length === 0) return toJson(errorResponse(null, new RpcError(INVALID_REQUEST, 'Invalid request')));
    const responses: JsonValue[] = [];
    for (const request of parsed) responses.push(await handleRequest(request, options));
    return toJson(responses);
  }
  return toJson(await handleRequest(parsed, options));
}

async function handleRequest(request: unknown, options: RpcHandlerOptions): Promise<JsonValue> {
  const { id = null, method, params, jsonrpc } = (request ?? {}) as { id?: JsonValue; method?: unknown; params?: unknown; jsonrpc?: unknown };
  if (jsonrpc !== '2.0' || typeof method !== 'string') return errorResponse(id, new RpcError(INVALID_REQUEST, 'Invalid request'));
  const handler = options.methods.get(method);
  if (!handler) {
    options.onUnknownMethod?.(method);
    return errorResponse(id, methodNotFound());
  }
  try {
    return { jsonrpc: '2.0', result: await handler(params as unknown[]), id };
  } catch (err) {
    if (err instanceof RpcError) return errorResponse(id, err);
    options.onInternalError?.(method, err);
    return errorResponse(id, new RpcError(INTERNAL_ERROR, 'Internal error'));
  }
}

function errorResponse(id: JsonValue, error: RpcError): JsonValue {
  return { jsonrpc: '2.0', error: error.toJson(), id };
}
