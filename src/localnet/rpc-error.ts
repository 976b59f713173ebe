// The JSON-RPC errors the validator answers with: jsonrpc-core's standard codes and Agave's server
// errors (rpc-client-api custom_error.rs), with their messages word for word.
// In: what went wrong. Out: an RpcError the server turns into `{"error":{code,message,data?}}`.
import type { JsonValue } from './json.js';

export const PARSE_ERROR = -32700;
export const INVALID_REQUEST = -32600;
export const METHOD_NOT_FOUND = -32601;
export const INVALID_PARAMS = -32602;
export const INTERNAL_ERROR = -32603;
export const SEND_TRANSACTION_PREFLIGHT_FAILURE = -32002;
export const TRANSACTION_SIGNATURE_VERIFICATION_FAILURE = -32003;
export const BLOCK_NOT_AVAILABLE = -32004;
export const TRANSACTION_SIGNATURE_LEN_MISMATCH = -32013;
export const UNSUPPORTED_TRANSACTION_VERSION = -32015;

export class RpcError extends Error {
  constructor(readonly code: number, message: string, readonly data?: JsonValue) {
    super(message);
  }

  toJson(): JsonValue {
    return { code: this.code, message: this.message, data: this.data };
  }
}

export const methodNotFound = (): RpcError => new RpcError(METHOD_NOT_FOUND, 'Method not found');
export const invalidParams = (message: string): RpcError => new RpcError(INVALID_PARAMS, message);
