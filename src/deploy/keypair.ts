// Keypair files in the Solana CLI's format (`solana-keygen`, `anchor build`): a JSON array of the 64
// secret-key bytes. In: a path. Out: a Keypair, or a one-line reason it cannot be used; new keypair files.

import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { Keypair } from '@solana/web3.js';
import { describeSystemError } from '../diagnostics/system-error.js';

export type KeypairResult = { ok: true; keypair: Keypair } | { ok: false; error: string };

const SECRET_KEY_LENGTH = 64;

/** `shownPath` is how messages name the file. */
export function readKeypairFile(path: string, shownPath: string): KeypairResult {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    return { ok: false, error: `cannot read keypair ${shownPath}: ${describeSystemError(err)}` };
  }
  let bytes: unknown;
  try {
    bytes = JSON.parse(text);
  } catch {
    bytes = null;
  }
  if (!isSecretKey(bytes)) {
    return { ok: false, error: `${shownPath} is not a keypair file (expected a JSON array of ${SECRET_KEY_LENGTH} numbers from 0 to 255)` };
  }
  try {
    return { ok: true, keypair: Keypair.fromSecretKey(Uint8Array.from(bytes)) };
  } catch {
    // web3.js checks that the last 32 bytes are the public key of the first 32.
    return { ok: false, error: `${shownPath} is not a valid keypair: its public key does not match its secret key` };
  }
}

/** Writes a fresh keypair the way solana-keygen does (owner-only permissions); never replaces a file. */
export function createKeypairFile(path: string, shownPath: string): KeypairResult {
  const keypair = Keypair.fromSeed(randomBytes(32));
  try {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, `${JSON.stringify(Array.from(keypair.secretKey))}\n`, { mode: 0o600, flag: 'wx' });
  } catch (err) {
    const why = (err as NodeJS.ErrnoException).code === 'EEXIST' ? 'the file already exists' : describeSystemError(err);
    return { ok: false, error: `cannot create keypair ${shownPath}: ${why}` };
  }
  return { ok: true, keypair };
}

function isSecretKey(value: unknown): value is number[] {
  return Array.isArray(value)
    && value.length === SECRET_KEY_LENGTH
    && value.every((b) => Number.isInteger(b) && b >= 0 && b <= 255);
}
