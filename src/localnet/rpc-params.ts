// Reading JSON-RPC params the way the validator does: positional arrays, public keys and signatures as
// base58 strings, optional config objects; with Agave's invalid-params messages for what it rejects.
// In: the raw params. Out: typed values, or an RpcError (-32602).
import { PublicKey, VersionedTransaction } from '@solana/web3.js';
import { getBase58Encoder } from '@solana/kit';
import { invalidParams } from './rpc-error.js';

const base58 = getBase58Encoder();

export function paramsArray(params: unknown): unknown[] {
  if (params === undefined || params === null) return [];
  if (!Array.isArray(params)) throw invalidParams('Invalid params: invalid type: map, expected a sequence.');
  return params;
}

/** Agave's verify_pubkey: "Invalid param: Invalid" for text that is not a 32-byte base58 key. */
export function pubkeyParam(value: unknown): PublicKey {
  if (typeof value !== 'string') throw invalidParams('Invalid params: invalid type: expected a string.');
  const bytes = decodeBase58(value);
  if (bytes === null) throw invalidParams('Invalid param: Invalid');
  if (bytes.length !== 32) throw invalidParams('Invalid param: WrongSize');
  return new PublicKey(bytes);
}

export function signatureParam(value: unknown): string {
  const bytes = typeof value === 'string' ? decodeBase58(value) : null;
  if (bytes === null || bytes.length !== 64) throw invalidParams('Invalid param: Invalid');
  return value as string;
}

export function configParam<T extends object>(value: unknown): Partial<T> {
  if (value === undefined || value === null) return {};
  if (typeof value !== 'object' || Array.isArray(value)) throw invalidParams('Invalid params: invalid type: expected a map.');
  return value as Partial<T>;
}

export function unsignedParam(value: unknown, name: string): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) throw invalidParams(`Invalid params: ${name} must be an unsigned integer.`);
  return value;
}

/** A wire transaction in `encoding` (sendTransaction and simulateTransaction default to base58). */
export function transactionParam(value: unknown, encoding: unknown): VersionedTransaction {
  if (typeof value !== 'string') throw invalidParams('Invalid params: invalid type: expected a string.');
  let wire: Uint8Array;
  if (encoding === undefined || encoding === 'base58') {
    const decoded = decodeBase58(value);
    if (decoded === null) throw invalidParams('invalid base58 encoding');
    wire = decoded;
  } else if (encoding === 'base64') {
    wire = Buffer.from(value, 'base64');
  } else {
    throw invalidParams(`unsupported encoding: ${String(encoding)}. Supported encodings: base58, base64`);
  }
  try {
    return VersionedTransaction.deserialize(wire);
  } catch (err) {
    throw invalidParams(`failed to deserialize solana_transaction::versioned::VersionedTransaction: ${(err as Error).message}`);
  }
}

export function decodeBase58(text: string): Uint8Array | null {
  try {
    return Uint8Array.from(base58.encode(text));
  } catch {
    return null;
  }
}
