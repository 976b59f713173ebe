// MurmurHash3, 32-bit, seed 0: the hash the sBPF loaders use to name call targets.
// In: bytes (a syscall name).
// Out: the u32 the loader writes into a `call` immediate (sbpf `ebpf::hash_symbol_name`).

const C1 = 0xcc9e2d51;
const C2 = 0x1b873593;

function scramble(k: number): number {
  k = Math.imul(k, C1);
  k = (k << 15) | (k >>> 17);
  return Math.imul(k, C2);
}

export function murmur3_32(bytes: Uint8Array, seed = 0): number {
  let h = seed >>> 0;
  const wholeWords = bytes.length & ~3;
  for (let i = 0; i < wholeWords; i += 4) {
    const k = bytes[i]! | (bytes[i + 1]! << 8) | (bytes[i + 2]! << 16) | (bytes[i + 3]! << 24);
    h ^= scramble(k);
    h = (h << 13) | (h >>> 19);
    h = (Math.imul(h, 5) + 0xe6546b64) | 0;
  }
  let tail = 0;
  switch (bytes.length & 3) {
    case 3:
      tail ^= bytes[wholeWords + 2]! << 16;
    // falls through
    case 2:
      tail ^= bytes[wholeWords + 1]! << 8;
    // falls through
    case 1:
      tail ^= bytes[wholeWords]!;
      h ^= scramble(tail);
  }
  h ^= bytes.length;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** The hash the loader writes for a syscall relocation against the symbol `name`. */
export function symbolHash(name: string): number {
  return murmur3_32(new TextEncoder().encode(name));
}

