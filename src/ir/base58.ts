// Base58 (Bitcoin alphabet), as Solana writes public keys: program ids, `new Pubkey("…")` constants and the
// known program ids every stage uses. In: a string. Out: its bytes, whether it is a public key (and why
// not), or a key's 32 bytes for code that embeds it.
const ALPHABET = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';
const PUBKEY_BYTES = 32;
/** The longest base58 text of 32 bytes. */
const MAX_PUBKEY_BASE58_LEN = 44;

/** The bytes `text` encodes, or null when a character is outside the alphabet. */
export function decodeBase58(text: string): number[] | null {
  let value = 0n;
  for (const ch of text) {
    const digit = ALPHABET.indexOf(ch);
    if (digit < 0) return null;
    value = value * 58n + BigInt(digit);
  }
  const bytes: number[] = [];
  while (value > 0n) {
    bytes.unshift(Number(value & 0xffn));
    value >>= 8n;
  }
  // Each leading '1' encodes one leading zero byte.
  for (const ch of text) {
    if (ch !== '1') break;
    bytes.unshift(0);
  }
  return bytes;
}

/** Why `text` is not a 32-byte public key, or null when it is one. */
export function pubkeyProblem(text: string): string | null {
  const bytes = decodeBase58(text);
  if (bytes === null) return 'it contains a character outside the base58 alphabet';
  if (bytes.length !== PUBKEY_BYTES) return `it decodes to ${bytes.length} bytes, not ${PUBKEY_BYTES}`;
  return null;
}

/**
 * Whether a string is a Solana public key, as `Pubkey::from_str` decides it: at most 44 base58 characters
 * that decode to exactly 32 bytes. (The Anchor CLI skips public keys when it camelCases the types file;
 * the CLI validates program ids with it.)
 */
export function isPubkey(text: string): boolean {
  return text.length <= MAX_PUBKEY_BASE58_LEN && decodeBase58(text)?.length === PUBKEY_BYTES;
}

/** The 32 bytes of a public key the front end has already checked (a program id, a Pubkey constant). */
export function pubkeyBytes(text: string): Uint8Array {
  const bytes = decodeBase58(text);
  if (bytes?.length !== PUBKEY_BYTES) throw new Error(`internal: ${text} is not a public key`);
  return Uint8Array.from(bytes);
}
