// Solana's program-derived address search, done at compile time for seeds that are all constants.
// In: the seeds' bytes and the owning program's id (base58). Out: the address (32 bytes) and its canonical bump,
// as the runtime's `create_program_address` finds them from bump 255 down. Written on node:crypto and noble's
// ed25519 rather than web3.js's PublicKey: loading web3.js cost each compile about 150 ms; this costs about 40.
import { createHash } from 'node:crypto';
import { ed25519 } from '@noble/curves/ed25519';
import { pubkeyBytes } from '../../../ir/base58.js';
import { PDA_MARKER } from './layout.js';

export function findProgramAddress(seeds: readonly Uint8Array[], programId: string): { address: Uint8Array; bump: number } {
  const program = pubkeyBytes(programId);
  for (let bump = 255; bump >= 0; bump--) {
    const hash = createHash('sha256');
    for (const seed of seeds) hash.update(seed);
    hash.update(Uint8Array.of(bump)).update(program).update(PDA_MARKER);
    const address = new Uint8Array(hash.digest());
    if (!isOnCurve(address)) return { address, bump };
  }
  // The runtime's own search fails the same way; the chance is 2^-256 per seed list.
  throw new Error(`internal: no program address off the curve for these seeds under ${programId}`);
}

/** A program address must not be an ed25519 public key, i.e. must not decode to a point of the curve. */
function isOnCurve(bytes: Uint8Array): boolean {
  try {
    ed25519.ExtendedPoint.fromHex(bytes);
    return true;
  } catch {
    return false;
  }
}
