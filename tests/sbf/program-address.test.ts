// The compile-time PDA search (src/backends/sbf/codegen/program-address.ts) against web3.js's
// PublicKey.findProgramAddressSync, the client's reference: same address and bump for random program ids and
// seed lists, including those whose first bumps land on the curve (bump below 255).
import { Keypair, PublicKey } from '@solana/web3.js';
import { describe, expect, it } from 'vitest';
import { findProgramAddress } from '../../src/backends/sbf/codegen/program-address.js';

describe('findProgramAddress', () => {
  it('finds the address and canonical bump web3.js finds', () => {
    let belowTopBump = 0;
    for (let i = 0; i < 200; i++) {
      const programId = Keypair.generate().publicKey;
      const seeds = [Buffer.from(`seed-${i}`), Keypair.generate().publicKey.toBytes(), Uint8Array.of(i)].slice(0, 1 + (i % 3));
      const [expected, expectedBump] = PublicKey.findProgramAddressSync(seeds, programId);
      const found = findProgramAddress(seeds, programId.toBase58());
      expect(found.bump).toBe(expectedBump);
      expect(Buffer.from(found.address).toString('hex')).toBe(expected.toBuffer().toString('hex'));
      if (expectedBump < 255) belowTopBump++;
    }
    // About half of all first tries land on the curve: the search past bump 255 is exercised.
    expect(belowTopBump).toBeGreaterThan(50);
  });

  it('with no seeds', () => {
    const programId = new PublicKey('11111111111111111111111111111111');
    const [expected, bump] = PublicKey.findProgramAddressSync([], programId);
    const found = findProgramAddress([], programId.toBase58());
    expect([Buffer.from(found.address).toString('hex'), found.bump]).toEqual([expected.toBuffer().toString('hex'), bump]);
  });
});
