// Favorites profile executed on both runtimes: Str<N> and Vec<Str<N>, M> arguments and fields, borsh
// re-encoding of variable-length state, init_if_needed on both of its paths.
import anchor from '@coral-xyz/anchor';
import { Keypair, PublicKey } from '@solana/web3.js';
import { beforeEach, describe, expect, it } from 'vitest';
import { createRuntime, errorCode, RUNTIME_KINDS, type Runtime } from '../../src/runtime/index.js';
import { compileTestProgram, SYSTEM_PROGRAM_ID } from '../support/compiled.js';

const { BN } = anchor;
const favorites = compileTestProgram('favorites.ts');
const SPACE = 8 + 32 + 8 + (4 + 50) + (4 + 5 * (4 + 50));

const borshString = (s: string) => {
  const b = Buffer.from(s, 'utf8');
  const len = Buffer.alloc(4);
  len.writeUInt32LE(b.length);
  return Buffer.concat([len, b]);
};

describe.each(RUNTIME_KINDS)('favorites on %s', (kind) => {
  let rt: Runtime;
  let owner: Keypair;
  let profile: PublicKey;

  beforeEach(async () => {
    rt = await createRuntime(kind, { programs: [{ programId: favorites.programId, so: favorites.so, name: 'favorites_program' }] });
    owner = Keypair.generate();
    await rt.airdrop(owner.publicKey, 1_000_000_000n);
    profile = PublicKey.findProgramAddressSync([Buffer.from('favorites'), owner.publicKey.toBuffer()], favorites.programId)[0];
  });

  const setFavorites = (number: number, color: string, hobbies: string[]) =>
    rt.send([favorites.ix('setFavorites', { owner: owner.publicKey, favorites: profile, systemProgram: SYSTEM_PROGRAM_ID }, { number: new BN(number), color, hobbies })], [owner]);

  it('rejects a color longer than Str<50> with InstructionDidNotDeserialize (102) and creates nothing', async () => {
    const r = await setFavorites(7, 'x'.repeat(51), []);
    expect(errorCode(r)).toBe(102);
    expect(await rt.getAccount(profile)).toBeNull();
  });

  it('rejects more hobbies than Vec<_, 5> with 102', async () => {
    expect(errorCode(await setFavorites(7, 'red', ['a', 'b', 'c', 'd', 'e', 'f']))).toBe(102);
  });

  it('rejects truncated string data with 102', async () => {
    const ix = favorites.ix('setFavorites', { owner: owner.publicKey, favorites: profile, systemProgram: SYSTEM_PROGRAM_ID }, { number: new BN(1), color: 'red', hobbies: [] });
    ix.data = ix.data.subarray(0, ix.data.length - 3);
    expect(errorCode(await rt.send([ix], [owner]))).toBe(102);
  });

  it('rejects a color that is not UTF-8 with 102 (borsh decodes String with from_utf8)', async () => {
    for (const bad of [[0xff], [0xc0, 0x80], [0xed, 0xa0, 0x80], [0xe2, 0x82]]) {
      const ix = favorites.ix('setFavorites', { owner: owner.publicKey, favorites: profile, systemProgram: SYSTEM_PROGRAM_ID }, { number: new BN(1), color: 'x'.repeat(bad.length), hobbies: [] });
      ix.data.set(bad, 8 + 8 + 4); // discriminator, number, length prefix
      expect(errorCode(await rt.send([ix], [owner]))).toBe(102);
    }
    const ok = favorites.ix('setFavorites', { owner: owner.publicKey, favorites: profile, systemProgram: SYSTEM_PROGRAM_ID }, { number: new BN(1), color: 'é€😀', hobbies: [] });
    expect((await rt.send([ok], [owner])).error).toBeNull();
  });

  it('creates the profile on first use with the exact borsh bytes and full space', async () => {
    const r = await setFavorites(42, 'blue', ['chess', 'surfing']);
    expect(r.error).toBeNull();
    const acct = (await rt.getAccount(profile))!;
    expect(acct.data.length).toBe(SPACE);
    expect(acct.lamports).toBe(await rt.minimumBalance(SPACE));
    const count = Buffer.alloc(4);
    count.writeUInt32LE(2);
    const number = Buffer.alloc(8);
    number.writeBigUInt64LE(42n);
    const body = Buffer.concat([
      Buffer.from(favorites.program.stateAccounts[0].discriminator), owner.publicKey.toBuffer(), number,
      borshString('blue'), count, borshString('chess'), borshString('surfing'),
    ]);
    expect(Buffer.from(acct.data.subarray(0, body.length)).equals(body)).toBe(true);
    expect(acct.data.subarray(body.length).every((b) => b === 0)).toBe(true);
  });

  it('updates an existing profile through init_if_needed and set_color', async () => {
    await setFavorites(1, 'green', ['a']);
    expect((await setFavorites(2, 'violet', ['x', 'y', 'z'])).error).toBeNull();
    const r = await rt.send([favorites.ix('setColor', { owner: owner.publicKey, favorites: profile }, { color: 'é' })], [owner]);
    expect(r.error).toBeNull();
    const decoded = favorites.decode<{ number: { toString(): string }; color: string; hobbies: string[] }>('Favorites', (await rt.getAccount(profile))!.data);
    expect([decoded.number.toString(), decoded.color, decoded.hobbies]).toEqual(['2', 'é', ['x', 'y', 'z']]);
  });

  it('rejects an existing profile with the wrong size with ConstraintSpace (2019)', async () => {
    await setFavorites(1, 'green', ['a']);
    const acct = (await rt.getAccount(profile))!;
    await rt.setAccount(profile, { ...acct, data: acct.data.subarray(0, SPACE - 1) });
    expect(errorCode(await setFavorites(2, 'red', []))).toBe(2019);
  });
});
