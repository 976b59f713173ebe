// Base58 (Bitcoin alphabet) decoding for program ids and `new Pubkey("…")` constants.
// In: a string. Out: its bytes, or null when a character is outside the alphabet.
const ALPHABET = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';

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
  if (bytes.length !== 32) return `it decodes to ${bytes.length} bytes, not 32`;
  return null;
}
