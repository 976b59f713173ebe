// SOL amounts as people write them and lamports as the chain counts them (1 SOL = 10^9 lamports).
// In: lamports, or a decimal SOL amount typed on the command line. Out: the other form.
const LAMPORTS_PER_SOL = 1_000_000_000n;

/** Lamports as SOL, without trailing zeros. */
export function sol(lamports: bigint): string {
  const whole = lamports / LAMPORTS_PER_SOL;
  const fraction = (lamports % LAMPORTS_PER_SOL).toString().padStart(9, '0').replace(/0+$/, '');
  return fraction === '' ? whole.toString() : `${whole}.${fraction}`;
}

/** `2`, `0.5`, `1.000000001` → lamports; null for anything else (signs, exponents, more than 9 decimals). */
export function parseSol(text: string): bigint | null {
  const match = /^(\d+)(?:\.(\d{1,9}))?$/.exec(text);
  if (!match) return null;
  return BigInt(match[1]!) * LAMPORTS_PER_SOL + BigInt((match[2] ?? '').padEnd(9, '0'));
}
