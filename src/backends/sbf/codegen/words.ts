// Constant bytes (keys, discriminators) as the 64-bit words generated code compares or stores with one
// `lddw`. In: bytes and an offset. Out: the little-endian u64 there.

export function readU64(bytes: Uint8Array, at: number): bigint {
  let v = 0n;
  for (let i = 7; i >= 0; i--) v = (v << 8n) | BigInt(bytes[at + i]);
  return v;
}
