// The BPF upgradeable loader's instruction encodings (bincode: u32 tag, u32/u64 LE fields), account lists,
// state decoding and the Write chunk size that fills a 1,232-byte transaction.
import { Keypair, PublicKey, SYSVAR_CLOCK_PUBKEY, SYSVAR_RENT_PUBKEY, SystemProgram, Transaction, type TransactionInstruction } from '@solana/web3.js';
import { describe, expect, it } from 'vitest';
import {
  closeBuffer, decodeLoaderState, deployWithMaxDataLen, initializeBuffer, LOADER_ID, programDataAddress, upgrade, write, writeChunkSize,
} from '../../src/deploy/loader.js';
import { seededKeypair } from './helpers.js';

const [buffer, authority, program, spill] = ['buffer', 'authority', 'program', 'spill'].map((l) => seededKeypair(`loader ${l}`).publicKey) as [PublicKey, PublicKey, PublicKey, PublicKey];

/** Data as hex, keys as `<key> <s|-><w|->`. */
function shape(ix: TransactionInstruction) {
  return {
    program: ix.programId.toBase58(),
    data: ix.data.toString('hex'),
    keys: ix.keys.map((k) => `${k.pubkey.toBase58()} ${k.isSigner ? 's' : '-'}${k.isWritable ? 'w' : '-'}`),
  };
}

describe('loader instructions', () => {
  it('InitializeBuffer: tag 0; buffer writable, authority read-only and not signing', () => {
    expect(shape(initializeBuffer(buffer, authority))).toEqual({
      program: 'BPFLoaderUpgradeab1e11111111111111111111111', data: '00000000', keys: [`${buffer} -w`, `${authority} --`],
    });
  });

  it('Write: tag 1, u32 offset, u64 length, the bytes; the authority signs', () => {
    expect(shape(write(buffer, authority, 0x01020304, Uint8Array.from([0xaa, 0xbb])))).toEqual({
      program: LOADER_ID.toBase58(), data: '01000000' + '04030201' + '0200000000000000' + 'aabb', keys: [`${buffer} -w`, `${authority} s-`],
    });
  });

  it('DeployWithMaxDataLen: tag 2, u64 max length; payer, ProgramData, program, buffer, rent, clock, system, authority', () => {
    const ix = deployWithMaxDataLen({ payer: authority, program, buffer, authority }, 0x0102);
    expect(shape(ix)).toEqual({
      program: LOADER_ID.toBase58(),
      data: '02000000' + '0201000000000000',
      keys: [`${authority} sw`, `${programDataAddress(program)} -w`, `${program} -w`, `${buffer} -w`,
        `${SYSVAR_RENT_PUBKEY} --`, `${SYSVAR_CLOCK_PUBKEY} --`, `${SystemProgram.programId} --`, `${authority} s-`],
    });
  });

  it('Upgrade: tag 3; ProgramData, program, buffer, spill, rent, clock, authority', () => {
    expect(shape(upgrade({ program, buffer, spill, authority }))).toEqual({
      program: LOADER_ID.toBase58(),
      data: '03000000',
      keys: [`${programDataAddress(program)} -w`, `${program} -w`, `${buffer} -w`, `${spill} -w`,
        `${SYSVAR_RENT_PUBKEY} --`, `${SYSVAR_CLOCK_PUBKEY} --`, `${authority} s-`],
    });
  });

  it('Close: tag 5; the buffer, the recipient, the authority', () => {
    expect(shape(closeBuffer(buffer, spill, authority))).toEqual({
      program: LOADER_ID.toBase58(), data: '05000000', keys: [`${buffer} -w`, `${spill} -w`, `${authority} s-`],
    });
  });
});

describe('write chunk size', () => {
  const chunk = writeChunkSize(authority);
  const writeTx = (bytes: number) => {
    const tx = new Transaction({ feePayer: authority, recentBlockhash: Keypair.generate().publicKey.toBase58() })
      .add(write(buffer, authority, 0, new Uint8Array(bytes)));
    return tx.serialize({ requireAllSignatures: false, verifySignatures: false }).length;
  };

  it('is 1,012 bytes for a Write signed by its authority alone', () => {
    expect(chunk).toBe(1012);
  });

  it('fills a transaction to exactly the 1,232-byte packet limit', () => {
    expect(writeTx(chunk)).toBe(1232);
  });

  it('leaves no room for one byte more', () => {
    expect(() => writeTx(chunk + 1)).toThrow(/Transaction too large: 1233 > 1232/);
  });
});

describe('loader account states', () => {
  const key = program.toBuffer();
  const u32 = (n: number) => Buffer.from(Uint32Array.of(n).buffer);
  const u64 = (n: bigint) => Buffer.from(BigUint64Array.of(n).buffer);

  it('decodes a Buffer with an authority', () => {
    expect(decodeLoaderState(Buffer.concat([u32(1), Buffer.from([1]), key, Buffer.from([9, 9])]))).toEqual({ kind: 'buffer', authority: program });
  });

  it('decodes a Program pointing at its ProgramData', () => {
    expect(decodeLoaderState(Buffer.concat([u32(2), key]))).toEqual({ kind: 'program', programData: program });
  });

  it('decodes ProgramData with its deploy slot and upgrade authority', () => {
    expect(decodeLoaderState(Buffer.concat([u32(3), u64(77n), Buffer.from([1]), key]))).toEqual({ kind: 'programData', slot: 77n, authority: program });
  });

  it('decodes ProgramData without an upgrade authority (immutable)', () => {
    expect(decodeLoaderState(Buffer.concat([u32(3), u64(5n), Buffer.from([0]), Buffer.alloc(32)]))).toEqual({ kind: 'programData', slot: 5n, authority: null });
  });

  it('rejects an unknown tag and truncated data', () => {
    expect([decodeLoaderState(u32(9)), decodeLoaderState(Buffer.concat([u32(2), key.subarray(0, 31)])), decodeLoaderState(Buffer.from([1]))])
      .toEqual([null, null, null]);
  });
});
