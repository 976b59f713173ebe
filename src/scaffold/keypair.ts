// Program keypairs in solana-keygen's file format: a JSON array of 64 bytes, the ed25519 seed then
// the public key. In: nothing (a fresh keypair) or a keypair file. Out: the file text and the base58
// public key, or a one-line reason the file is not a keypair. Uses Node's ed25519, no dependency.
import { createPrivateKey, createPublicKey, randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describeSystemError } from '../diagnostics/system-error.js';

export interface ProgramKeypair {
  /** solana-keygen's file content: `[b0,b1,…,b63]`. */
  json: string;
  publicKey: string;
}

export type KeypairRead = { ok: true; publicKey: string } | { ok: false; error: string };

/** DER prefix of a PKCS#8 ed25519 private key; the 32-byte seed follows it. */
const PKCS8_ED25519_PREFIX = Buffer.from('302e020100300506032b657004220420', 'hex');
const BASE58_ALPHABET = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';

export function generateProgramKeypair(): ProgramKeypair {
  const seed = randomBytes(32);
  const publicKey = publicKeyOfSeed(seed);
  return { json: JSON.stringify([...seed, ...publicKey]), publicKey: base58(publicKey) };
}

/** The public key of a keypair file; the stored half must match the seed, as web3.js checks too. */
export function readKeypairFile(path: string): KeypairRead {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    return { ok: false, error: describeSystemError(err) };
  }
  let bytes: unknown;
  try {
    bytes = JSON.parse(text);
  } catch {
    return { ok: false, error: 'not a keypair file (expected a JSON array of 64 bytes, as solana-keygen writes)' };
  }
  if (!Array.isArray(bytes) || bytes.length !== 64 || !bytes.every((b) => Number.isInteger(b) && b >= 0 && b <= 255)) {
    return { ok: false, error: 'not a keypair file (expected a JSON array of 64 bytes, as solana-keygen writes)' };
  }
  const derived = publicKeyOfSeed(Buffer.from(bytes.slice(0, 32)));
  if (!derived.equals(Buffer.from(bytes.slice(32)))) {
    return { ok: false, error: 'the public key in the file does not belong to its secret key' };
  }
  return { ok: true, publicKey: base58(derived) };
}

function publicKeyOfSeed(seed: Buffer): Buffer {
  const privateKey = createPrivateKey({ key: Buffer.concat([PKCS8_ED25519_PREFIX, seed]), format: 'der', type: 'pkcs8' });
  // An SPKI ed25519 key ends with the 32 raw public-key bytes.
  return createPublicKey(privateKey).export({ format: 'der', type: 'spki' }).subarray(-32);
}

/** Bitcoin-alphabet base58, one leading '1' per leading zero byte (how Solana prints keys). */
export function base58(bytes: Uint8Array): string {
  let value = BigInt(`0x${Buffer.from(bytes).toString('hex') || '0'}`);
  let digits = '';
  while (value > 0n) {
    digits = BASE58_ALPHABET[Number(value % 58n)] + digits;
    value /= 58n;
  }
  const leadingZeros = bytes.findIndex((b) => b !== 0);
  return '1'.repeat(leadingZeros === -1 ? bytes.length : leadingZeros) + digits;
}
