// The BPF upgradeable loader (loader-v3) as data: its id, account sizes, instruction builders and a
// decoder for its account states, read from agave's `loader_upgradeable_instruction.rs` and `state.rs`.
// In: keys and bytes. Out: web3.js TransactionInstructions and decoded LoaderState values.
// Encoding is bincode: a u32 LE variant tag, then the fields (u64 LE lengths, Option = u8 tag + value).

import {
  PACKET_DATA_SIZE,
  PublicKey,
  SYSVAR_CLOCK_PUBKEY,
  SYSVAR_RENT_PUBKEY,
  SystemProgram,
  Transaction,
  TransactionInstruction,
} from '@solana/web3.js';

export const LOADER_ID = new PublicKey('BPFLoaderUpgradeab1e11111111111111111111111');

/** `UpgradeableLoaderState` sizes: tag u32 + fields. */
export const BUFFER_HEADER_SIZE = 37; // tag, Option<Pubkey> authority
export const PROGRAM_ACCOUNT_SIZE = 36; // tag, programdata address
export const PROGRAMDATA_HEADER_SIZE = 45; // tag, u64 slot, Option<Pubkey> upgrade authority

const enum InstructionTag {
  InitializeBuffer = 0,
  Write = 1,
  DeployWithMaxDataLen = 2,
  Upgrade = 3,
  Close = 5,
}

const enum StateTag {
  Uninitialized = 0,
  Buffer = 1,
  Program = 2,
  ProgramData = 3,
}

export type LoaderState =
  | { kind: 'uninitialized' }
  | { kind: 'buffer'; authority: PublicKey | null }
  | { kind: 'program'; programData: PublicKey }
  | { kind: 'programData'; slot: bigint; authority: PublicKey | null };

/** The ProgramData account of a program: the PDA of [program id] under the loader. */
export function programDataAddress(programId: PublicKey): PublicKey {
  return PublicKey.findProgramAddressSync([programId.toBuffer()], LOADER_ID)[0];
}

/** Must share a transaction with the system `createAccount` of the buffer, or anyone could claim it. */
export function initializeBuffer(buffer: PublicKey, authority: PublicKey): TransactionInstruction {
  return loaderInstruction(InstructionTag.InitializeBuffer, [writable(buffer), readonly(authority)]);
}

export function write(buffer: PublicKey, authority: PublicKey, offset: number, bytes: Uint8Array): TransactionInstruction {
  const data = Buffer.alloc(4 + 4 + 8 + bytes.length);
  data.writeUInt32LE(InstructionTag.Write, 0);
  data.writeUInt32LE(offset, 4);
  data.writeBigUInt64LE(BigInt(bytes.length), 8);
  data.set(bytes, 16);
  return new TransactionInstruction({ programId: LOADER_ID, keys: [writable(buffer), signer(authority)], data });
}

/**
 * The most program bytes one Write transaction can carry when `authority` alone signs it (and pays),
 * as the Solana CLI computes it: the packet size (1,232) minus the transaction with an empty Write,
 * minus 1 because the data's compact-u16 length grows from one byte to two.
 */
export function writeChunkSize(authority: PublicKey): number {
  const emptyWrite = new Transaction({ feePayer: authority, recentBlockhash: PublicKey.default.toBase58() })
    .add(write(PublicKey.default, authority, 0, new Uint8Array()));
  const signatures = 1 + 64;
  return PACKET_DATA_SIZE - signatures - emptyWrite.serializeMessage().length - 1;
}

/** Must share a transaction with the system `createAccount` of the program account. */
export function deployWithMaxDataLen(
  accounts: { payer: PublicKey; program: PublicKey; buffer: PublicKey; authority: PublicKey },
  maxDataLen: number,
): TransactionInstruction {
  const data = Buffer.alloc(12);
  data.writeUInt32LE(InstructionTag.DeployWithMaxDataLen, 0);
  data.writeBigUInt64LE(BigInt(maxDataLen), 4);
  return new TransactionInstruction({
    programId: LOADER_ID,
    keys: [
      { pubkey: accounts.payer, isSigner: true, isWritable: true },
      writable(programDataAddress(accounts.program)),
      writable(accounts.program),
      writable(accounts.buffer),
      readonly(SYSVAR_RENT_PUBKEY),
      readonly(SYSVAR_CLOCK_PUBKEY),
      readonly(SystemProgram.programId),
      signer(accounts.authority),
    ],
    data,
  });
}

/** Replaces the program's code with the buffer's; the buffer's lamports go to `spill`. */
export function upgrade(
  accounts: { program: PublicKey; buffer: PublicKey; spill: PublicKey; authority: PublicKey },
): TransactionInstruction {
  return loaderInstruction(InstructionTag.Upgrade, [
    writable(programDataAddress(accounts.program)),
    writable(accounts.program),
    writable(accounts.buffer),
    writable(accounts.spill),
    readonly(SYSVAR_RENT_PUBKEY),
    readonly(SYSVAR_CLOCK_PUBKEY),
    signer(accounts.authority),
  ]);
}

/** Closes a buffer, sending its lamports to `recipient`. */
export function closeBuffer(buffer: PublicKey, recipient: PublicKey, authority: PublicKey): TransactionInstruction {
  return loaderInstruction(InstructionTag.Close, [writable(buffer), writable(recipient), signer(authority)]);
}

/** The state an account owned by the loader holds; null when the bytes are not one. */
export function decodeLoaderState(data: Uint8Array): LoaderState | null {
  if (data.length < 4) return null;
  const view = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  switch (view.readUInt32LE(0)) {
    case StateTag.Uninitialized:
      return { kind: 'uninitialized' };
    case StateTag.Buffer: {
      const authority = readOptionalKey(view, 4);
      return authority === undefined ? null : { kind: 'buffer', authority };
    }
    case StateTag.Program:
      return view.length < PROGRAM_ACCOUNT_SIZE ? null : { kind: 'program', programData: new PublicKey(view.subarray(4, 36)) };
    case StateTag.ProgramData: {
      if (view.length < 12) return null;
      const authority = readOptionalKey(view, 12);
      return authority === undefined ? null : { kind: 'programData', slot: view.readBigUInt64LE(4), authority };
    }
    default:
      return null;
  }
}

/** Option<Pubkey> at `at`: the key, null for None, undefined when the bytes are malformed. */
function readOptionalKey(view: Buffer, at: number): PublicKey | null | undefined {
  const tag = view[at];
  if (tag === 0) return null;
  if (tag === 1 && view.length >= at + 33) return new PublicKey(view.subarray(at + 1, at + 33));
  return undefined;
}

function loaderInstruction(tag: InstructionTag, keys: TransactionInstruction['keys']): TransactionInstruction {
  const data = Buffer.alloc(4);
  data.writeUInt32LE(tag, 0);
  return new TransactionInstruction({ programId: LOADER_ID, keys, data });
}

const writable = (pubkey: PublicKey) => ({ pubkey, isSigner: false, isWritable: true });
const readonly = (pubkey: PublicKey) => ({ pubkey, isSigner: false, isWritable: false });
const signer = (pubkey: PublicKey) => ({ pubkey, isSigner: true, isWritable: false });
