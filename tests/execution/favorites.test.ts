// Favorites profile executed on both runtimes: Str<N> and Vec<Str<N>, M> arguments and fields, borsh
// re-encoding of variable-length state, init_if_needed on both of its paths. N sizes the account and bounds
// no value (Anchor's #[max_len]): values past N are stored while the account has room, and a profile one byte
// over fails at exit with 3004.
import anchor from '@coral-xyz/anchor';
import { Keypair, PublicKey } from '@solana/web3.js';
import { beforeEach, describe, expect, it } from 'vitest';
import { anchorErrorLine, errorCode, type Runtime } from '../../src/runtime/index.js';
import { createRuntime, RUNTIME_KINDS } from '../support/runtimes.js';
import { compileTestProgram, SYSTEM_PROGRAM_ID } from '../support/compiled.js';

const { BN } = anchor;
const favorites = compileTestProgram('favorites.ts');
const SPACE = 8 + 32 + 8 + (4 + 50) + (4 + 5 * (4 + 50));
/** The bytes the color and the hobbies (each with its length prefix) may take: all but discriminator, owner, number, prefixes. */
const ROOM = SPACE - 8 - 32 - 8 - 4 - 4;
const DID_NOT_SERIALIZE = 'Program log: AnchorError caused by account: favorites. Error Code: AccountDidNotSerialize. Error Number: 3004. Error Message: Failed to serialize the account.';

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

  const profileBytes = (number: bigint, color: string, hobbies: string[]) => {
    const count = Buffer.alloc(4);
    count.writeUInt32LE(hobbies.length);
    const n = Buffer.alloc(8);
    n.writeBigUInt64LE(number);
    return Buffer.concat([
      Buffer.from(favorites.program.stateAccounts[0].discriminator), owner.publicKey.toBuffer(), n, borshString(color), count, ...hobbies.map(borshString),
    ]);
  };
  const profileData = async () => Buffer.from((await rt.getAccount(profile))!.data);

  it('stores a color of 51 bytes (Str<50>) while the hobbies leave room, with the exact bytes', async () => {
    const color = 'x'.repeat(51);
    expect((await setFavorites(7, color, ['go'])).error).toBeNull();
    const body = profileBytes(7n, color, ['go']);
    expect((await profileData()).equals(Buffer.concat([body, Buffer.alloc(SPACE - body.length)]))).toBe(true);
  });

  it('stores a color that fills the profile exactly, and fails one byte more with 3004, creating nothing', async () => {
    const over = await setFavorites(7, 'x'.repeat(ROOM + 1), []);
    expect(errorCode(over)).toBe(3004);
    expect(anchorErrorLine(over.logs)).toBe(DID_NOT_SERIALIZE);
    expect(await rt.getAccount(profile)).toBeNull();
    expect((await setFavorites(7, 'x'.repeat(ROOM), [])).error).toBeNull();
    expect((await profileData()).equals(profileBytes(7n, 'x'.repeat(ROOM), []))).toBe(true);
  });

  it('stores 6 hobbies (Vec<_, 5>) and a hobby of 51 bytes (Str<50>) while they fit, one byte spare', async () => {
    const hobbies = ['a', 'b', 'c', 'd', 'e', 'h'.repeat(51)];
    expect((await setFavorites(7, 'red', hobbies)).error).toBeNull();
    const body = profileBytes(7n, 'red', hobbies);
    expect((await profileData()).equals(Buffer.concat([body, Buffer.alloc(SPACE - body.length)]))).toBe(true);
  });

  it('stores hobbies that fill the profile exactly, and fails them one byte longer with 3004', async () => {
    // 6 hobbies: 6 length prefixes, and the rest of the room in text
    const text = ROOM - 6 * 4;
    const exact = ['h'.repeat(text - 5 * 50), ...Array.from({ length: 5 }, () => 'h'.repeat(50))];
    const over = await setFavorites(7, '', [...exact.slice(0, 5), `${exact[5]}!`]);
    expect(errorCode(over)).toBe(3004);
    expect(anchorErrorLine(over.logs)).toBe(DID_NOT_SERIALIZE);
    expect(await rt.getAccount(profile)).toBeNull();
    expect((await setFavorites(7, '', exact)).error).toBeNull();
    expect((await profileData()).equals(profileBytes(7n, '', exact))).toBe(true);
  });

  it('fails set_color one byte over the room the stored hobbies leave with 3004, leaving the profile unchanged', async () => {
    await setFavorites(1, 'green', ['chess']);
    const before = await profileData();
    const color = 'c'.repeat(ROOM - (4 + 5) + 1);
    const r = await rt.send([favorites.ix('setColor', { owner: owner.publicKey, favorites: profile }, { color })], [owner]);
    expect(errorCode(r)).toBe(3004);
    expect(anchorErrorLine(r.logs)).toBe(DID_NOT_SERIALIZE);
    expect((await profileData()).equals(before)).toBe(true);
    const fits = await rt.send([favorites.ix('setColor', { owner: owner.publicKey, favorites: profile }, { color: color.slice(1) })], [owner]);
    expect(fits.error).toBeNull();
    expect((await profileData()).equals(profileBytes(1n, color.slice(1), ['chess']))).toBe(true);
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
    const r = await setFavorites(2, 'red', []);
    expect(errorCode(r)).toBe(2019);
    // Anchor's `.with_values((space, data_len))`: the space declared, then the account's length.
    const line = r.logs.indexOf('Program log: AnchorError caused by account: favorites. Error Code: ConstraintSpace. Error Number: 2019. Error Message: A space constraint was violated.');
    expect(line).toBeGreaterThan(-1);
    expect(r.logs.slice(line + 1, line + 3)).toEqual([`Program log: Left: ${SPACE}`, `Program log: Right: ${SPACE - 1}`]);
    expect(r.logs[line + 3]).toMatch(/^Program \w+ consumed /);
    expect((await rt.getAccount(profile))!.data.length).toBe(SPACE - 1);
  });
});
