// Constant bytes (keys, discriminators, text) as the 64-bit words generated code compares or stores with
// one `lddw`. In: bytes and an offset. Out: the little-endian u64 there; code storing constant bytes.
import type { Assembler } from '../assembler.js';
import type { Reg, Size } from '../isa.js';

export function readU64(bytes: Uint8Array, at: number): bigint {
  let v = 0n;
  for (let i = 7; i >= 0; i--) v = (v << 8n) | BigInt(bytes[at + i]);
  return v;
}

/**
 * Stores `bytes` at base + offset exactly (no byte past them): 8-byte words through `scratch` (lddw + stx),
 * the rest as 4-, 2- and 1-byte immediate stores.
 */
export function emitStoreBytes(a: Assembler, base: Reg, offset: number, bytes: Uint8Array, scratch: Reg): void {
  let at = 0;
  for (; at + 8 <= bytes.length; at += 8) {
    a.lddw(scratch, readU64(bytes, at));
    a.stx(8, base, offset + at, scratch);
  }
  for (const size of [4, 2, 1] as Size[]) {
    if (at + size > bytes.length) continue;
    let v = 0;
    for (let i = size - 1; i >= 0; i--) v = v * 256 + bytes[at + i]!;
    // st's immediate is signed 32-bit: a 4-byte value above 0x7fffffff goes as its negative twin.
    a.st(size, base, offset + at, size === 4 && v > 0x7fff_ffff ? v - 0x1_0000_0000 : v);
    at += size;
  }
}
