// Values larger than an sBPF stack frame, generated here and executed on both runtimes: events of 1,000
// fields (with and without strings) and a console.log of 300 values are built in the heap scratch instead
// of the 4 KiB frame, with
// Anchor's bytes (the event decoded field by field with the Anchor client's coder; the log line as msg!
// prints it). And the largest state account `init` can create: 10,240 bytes, the most an account may grow
// in an inner instruction; one byte more fails as Anchor's program does.
import anchor from '@coral-xyz/anchor';
import { ComputeBudgetProgram, Keypair, PublicKey } from '@solana/web3.js';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { errorCode, type Runtime } from '../../src/runtime/index.js';
import { createRuntime, RUNTIME_KINDS } from '../support/runtimes.js';
import { compileTestProgram, SYSTEM_PROGRAM_ID } from '../support/compiled.js';
import { compileSource } from '../../src/frontend/index.js';
import { formatDiagnostic } from '../../src/diagnostics/format.js';

const { BN, EventParser } = anchor;
const EVENT_FIELDS = 1_000;
const LOG_VALUES = 300;

/**
 * The types of an event's fields and how each value is made from the instruction's arguments: a key and a
 * 128-bit value of each sign every 20 fields, the smaller types between them, so the event (6,616 bytes)
 * stays within the 10,000 bytes a transaction may log in base64.
 */
const SMALL_KINDS = [
  { type: 'u64', value: (i: number) => `a.add(${i})` },
  { type: 'u8', value: () => 'b' },
  { type: 'i32', value: () => 'c' },
  { type: 'boolean', value: () => 'd' },
  { type: 'i64', value: (i: number) => `e.sub(${i})` },
  { type: 'u16', value: () => 'f' },
  { type: 'u32', value: () => 'k' },
] as const;
const LARGE_KINDS = {
  5: { type: 'Pubkey', value: () => 'owner.key' },
  10: { type: 'i128', value: () => 'h' },
  15: { type: 'u128', value: () => 'g' },
} as const;
type FieldKind = (typeof SMALL_KINDS)[number] | (typeof LARGE_KINDS)[keyof typeof LARGE_KINDS];

/** The fields of an event holding strings: a string, then three of fixed size, by turns. */
const NOTE_KINDS = [
  { type: 'Str<8>', value: 't' },
  { type: 'u32', value: 'k' },
  { type: 'boolean', value: 'd' },
  { type: 'u8', value: 'b' },
] as const;
const noteKind = (i: number) => NOTE_KINDS[i % NOTE_KINDS.length]!;

/** The values a log line holding strings cycles through. */
const SAID_PARTS = ['t', 'a', 'owner.key', 'h'] as const;

/** The values a log line cycles through. */
const LOG_PARTS = ['a', 'e', 'd', 'owner.key', 'g', 'h', 'b', 'c'] as const;

const fieldKind = (i: number): FieldKind => LARGE_KINDS[(i % 20) as keyof typeof LARGE_KINDS] ?? SMALL_KINDS[i % SMALL_KINDS.length]!;

function bigValuesSource(): string {
  const fields = Array.from({ length: EVENT_FIELDS }, (_, i) => `f${i}: ${fieldKind(i).value(i)},`).join(' ');
  const types = Array.from({ length: EVENT_FIELDS }, (_, i) => `f${i}: ${fieldKind(i).type};`).join(' ');
  const notes = Array.from({ length: EVENT_FIELDS }, (_, i) => `n${i}: ${noteKind(i).value},`).join(' ');
  const noteTypes = Array.from({ length: EVENT_FIELDS }, (_, i) => `n${i}: ${noteKind(i).type};`).join(' ');
  const said = Array.from({ length: LOG_VALUES }, (_, i) => SAID_PARTS[i % SAID_PARTS.length]).join(', ');
  const parts = Array.from({ length: LOG_VALUES }, (_, i) => LOG_PARTS[i % LOG_PARTS.length]).join(', ');
  return `import { Event, Pubkey, Result, Signer, Str, emit, i32, i64, i128, u8, u16, u32, u64, u128 } from "@solanaturbine/poseidon";

export default class BigValuesProgram {
  static PROGRAM_ID = new Pubkey("9PNo2Gw3Pjpi4GBxJDgYzZJKDnxeCNxnTN8ACsVmA5bV");

  publish(owner: Signer, a: u64, b: u8, c: i32, d: boolean, e: i64, f: u16, g: u128, h: i128, k: u32): Result {
    emit<Wide>({ ${fields} });
  }

  note(owner: Signer, t: Str<8>, b: u8, d: boolean, k: u32): Result {
    emit<Noted>({ ${notes} });
  }

  say(owner: Signer, t: Str<8>, a: u64, h: i128): Result {
    console.log("said", ${said});
  }

  shout(owner: Signer, a: u64, b: u8, c: i32, d: boolean, e: i64, g: u128, h: i128): Result {
    console.log("values", ${parts});
  }
}

export interface Wide extends Event { ${types} }
export interface Noted extends Event { ${noteTypes} }
`;
}

const dir = mkdtempSync(join(tmpdir(), 'big-values-'));
writeFileSync(join(dir, 'big_values.ts'), bigValuesSource());
const big = compileTestProgram(join(dir, 'big_values.ts'));

describe.each(RUNTIME_KINDS)('values larger than a stack frame on %s', (kind) => {
  let rt: Runtime;
  let owner: Keypair;

  beforeEach(async () => {
    rt = await createRuntime(kind, { programs: [{ programId: big.programId, so: big.so, name: 'big_values_program' }] });
    owner = Keypair.generate();
    await rt.airdrop(owner.publicKey, 1_000_000_000n);
  });

  const args = {
    a: new BN('18446744073709550615'), b: 255, c: -2_000_000_000, d: true, e: new BN('-9223372036854774000'), f: 65_535,
    g: new BN('340282366920938463463374607431768211455'), h: new BN('-170141183460469231731687303715884105728'), k: 4_000_000_000,
  };

  it(`emits an event of ${EVENT_FIELDS} fields with Anchor's bytes`, async () => {
    const r = await rt.send([big.ix('publish', { owner: owner.publicKey }, args)], [owner]);
    expect(r.error, r.logs.join('\n')).toBeNull();
    expect(r.logs).not.toContain('Log truncated');
    const events = [...new EventParser(big.programId, big.coder).parseLogs(r.logs)];
    expect(events.map((e) => e.name)).toEqual(['Wide']);
    const data = events[0]!.data as Record<string, unknown>;
    const expected = (i: number): string => {
      switch (fieldKind(i).type) {
        case 'u64': return args.a.addn(i).toString();
        case 'u8': return String(args.b);
        case 'i32': return String(args.c);
        case 'boolean': return String(args.d);
        case 'i64': return args.e.subn(i).toString();
        case 'Pubkey': return owner.publicKey.toBase58();
        case 'u16': return String(args.f);
        case 'u128': return args.g.toString();
        case 'i128': return args.h.toString();
        case 'u32': return String(args.k);
      }
    };
    for (let i = 0; i < EVENT_FIELDS; i++) expect([i, String(data[`f${i}`])]).toEqual([i, expected(i)]);
    expect(Object.keys(data)).toHaveLength(EVENT_FIELDS);
  });

  it(`emits an event holding strings in ${EVENT_FIELDS} fields with Anchor's bytes`, async () => {
    const noteArgs = { t: 'naïve', b: 7, d: false, k: 123_456 };
    const r = await rt.send([big.ix('note', { owner: owner.publicKey }, noteArgs)], [owner]);
    expect(r.error, r.logs.join('\n')).toBeNull();
    expect(r.logs).not.toContain('Log truncated');
    const events = [...new EventParser(big.programId, big.coder).parseLogs(r.logs)];
    expect(events.map((e) => e.name)).toEqual(['Noted']);
    const data = events[0]!.data as Record<string, unknown>;
    for (let i = 0; i < EVENT_FIELDS; i++) expect([i, String(data[`n${i}`])]).toEqual([i, String(noteArgs[noteKind(i).value])]);
    expect(Object.keys(data)).toHaveLength(EVENT_FIELDS);
  });

  it(`logs a line holding strings of ${LOG_VALUES} values (their slots in the heap) as msg! prints them`, async () => {
    const sayArgs = { t: 'naïve', a: args.a, h: args.h };
    const budget = ComputeBudgetProgram.setComputeUnitLimit({ units: 1_400_000 });
    const r = await rt.send([budget, big.ix('say', { owner: owner.publicKey }, sayArgs)], [owner]);
    expect(r.error, r.logs.join('\n')).toBeNull();
    const text = { t: sayArgs.t, a: args.a.toString(), 'owner.key': owner.publicKey.toBase58(), h: args.h.toString() };
    const values = Array.from({ length: LOG_VALUES }, (_, i) => text[SAID_PARTS[i % SAID_PARTS.length]!]);
    expect(r.logs).toContain(`Program log: said ${values.join(' ')}`);
  });

  it(`logs a line of ${LOG_VALUES} values as msg! prints them`, async () => {
    // Each key's base58 and each 128-bit value's digits cost thousands of units, as in Rust.
    const budget = ComputeBudgetProgram.setComputeUnitLimit({ units: 1_400_000 });
    const r = await rt.send([budget, big.ix('shout', { owner: owner.publicKey }, args)], [owner]);
    expect(r.error, r.logs.join('\n')).toBeNull();
    const text: Record<(typeof LOG_PARTS)[number], string> = {
      a: args.a.toString(), e: args.e.toString(), d: String(args.d), 'owner.key': owner.publicKey.toBase58(),
      g: args.g.toString(), h: args.h.toString(), b: String(args.b), c: String(args.c),
    };
    const values = Array.from({ length: LOG_VALUES }, (_, i) => text[LOG_PARTS[i % LOG_PARTS.length]!]);
    expect(r.logs).toContain(`Program log: values ${values.join(' ')}`);
  });
});


/**
 * A state account created by `init`: the System program's CreateAccount runs as an inner instruction,
 * where an account may grow by at most 10,240 bytes (MAX_PERMITTED_DATA_INCREASE), as Anchor documents
 * for its `init`. At that size the account is created and written; one byte more fails every call.
 */
function blobSource(room: number): string {
  return `import { Account, Pubkey, Result, Signer, Str } from "@solanaturbine/poseidon";

export default class BlobProgram {
  static PROGRAM_ID = new Pubkey("9PNo2Gw3Pjpi4GBxJDgYzZJKDnxeCNxnTN8ACsVmA5bV");

  open(owner: Signer, blob: Blob, text: Str<${room}>): Result {
    blob.derive(["blob", owner.key]).init(owner);
    blob.text = text;
  }
}

export interface Blob extends Account { text: Str<${room}>; }
`;
}

const MAX_INNER_INCREASE = 10_240;
/** The string's room in an account of `space` bytes: all but the discriminator and the length prefix. */
const roomFor = (space: number) => space - 8 - 4;
const blobAt = (space: number) => {
  writeFileSync(join(dir, `blob_${space}.ts`), blobSource(roomFor(space)));
  return compileTestProgram(join(dir, `blob_${space}.ts`));
};
const blobs = { fits: blobAt(MAX_INNER_INCREASE), over: blobAt(MAX_INNER_INCREASE + 1) };

describe('init of a state account larger than an inner instruction may grow', () => {
  it('warns PS2043 at the init call (Anchor accepts the program), and not at the limit', () => {
    const warnings = (space: number) => compileSource('blob.ts', blobSource(roomFor(space))).diagnostics.map((d) => formatDiagnostic(d));
    expect(warnings(MAX_INNER_INCREASE)).toEqual([]);
    expect(warnings(MAX_INNER_INCREASE + 1)).toEqual([
      `blob.ts(7,38): warning PS2043: 'blob' is created by a CPI to the System program, where an account may grow by at most 10,240 bytes; its 10241 bytes make every call of this instruction fail (InvalidRealloc), in Anchor's program as in this one`,
    ]);
  });
});

describe.each(RUNTIME_KINDS)('a state account created by init on %s', (kind) => {
  const open = async (blob: ReturnType<typeof blobAt>) => {
    const rt = await createRuntime(kind, { programs: [{ programId: blob.programId, so: blob.so, name: 'blob_program' }] });
    const owner = Keypair.generate();
    await rt.airdrop(owner.publicKey, 1_000_000_000n);
    const [address] = PublicKey.findProgramAddressSync([Buffer.from('blob'), owner.publicKey.toBuffer()], blob.programId);
    const r = await rt.send([blob.ix('open', { owner: owner.publicKey, blob: address, systemProgram: SYSTEM_PROGRAM_ID }, { text: 'hello' })], [owner]);
    return { r, account: await rt.getAccount(address) };
  };

  it(`creates and writes one of ${MAX_INNER_INCREASE} bytes`, async () => {
    const { r, account } = await open(blobs.fits);
    expect(r.error, r.logs.join('\n')).toBeNull();
    const text = Buffer.from('hello');
    const expected = Buffer.alloc(MAX_INNER_INCREASE);
    Buffer.from(blobs.fits.program.stateAccounts[0]!.discriminator).copy(expected, 0);
    expected.writeUInt32LE(text.length, 8);
    text.copy(expected, 12);
    expect(Buffer.from(account!.data).equals(expected)).toBe(true);
  });

  it(`fails one of ${MAX_INNER_INCREASE + 1} bytes with InvalidRealloc, creating nothing`, async () => {
    const { r, account } = await open(blobs.over);
    expect(errorCode(r)).toBe('InvalidRealloc');
    expect(r.logs).toContain(`Account data size realloc limited to ${MAX_INNER_INCREASE} in inner instructions`);
    expect(account).toBeNull();
  });
});
