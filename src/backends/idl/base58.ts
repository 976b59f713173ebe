// Whether a string is a Solana public key, as `Pubkey::from_str` decides it (the Anchor CLI skips
// public keys when it camelCases the types file; the CLI validates program ids with it).
// In: a string. Out: true for at most 44 base58 characters that decode to exactly 32 bytes.
import { decodeBase58 } from '../../frontend/base58.js';

const MAX_PUBKEY_BASE58_LEN = 44;

export function isPubkey(s: string): boolean {
  return s.length <= MAX_PUBKEY_BASE58_LEN && decodeBase58(s)?.length === 32;
}
