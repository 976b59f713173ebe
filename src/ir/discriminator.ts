// Anchor's sighash: the first 8 bytes of sha256("<namespace>:<name>").
// In: a namespace ("global", "account", "event") and a name in Rust spelling. Out: 8 byte values.
import { createHash } from 'node:crypto';

export function sighash(namespace: 'global' | 'account' | 'event', name: string): number[] {
  return [...createHash('sha256').update(`${namespace}:${name}`).digest().subarray(0, 8)];
}
