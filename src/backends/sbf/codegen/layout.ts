// Named offsets of everything the generated code reads or builds: the loader's input buffer, the C-ABI
// structs of the CPI syscalls, the Clock and Rent sysvars. In: nothing. Out: constants (no bare numbers
// anywhere else in the code generator), and SolBytes constants.
//
// The input buffer (SBPF v0, aligned serialization; docs/sbpf-facts.md §4.1), r1 at entry = INPUT_START:
//
//   +0  u64 number of accounts
//   +8  account record 0 ─┐   non-duplicate record (marker 0xff):
//       account record 1  │   +0 u8 dup marker  +1 u8 signer  +2 u8 writable  +3 u8 executable
//       …                 │   +4 u32 original data length
//                         │   +8 key[32]  +40 owner[32]  +72 u64 lamports  +80 u64 data length
//                         │   +88 data[data length] + 10240 spare bytes, padded to 8, then u64 rent epoch
//                         └─  duplicate record: +0 u8 index of the original, 7 bytes padding (8 bytes)
//       u64 instruction data length, data bytes, program id[32]

export const INPUT_START = 0x4_0000_0000n;
export const HEAP_START = 0x3_0000_0000n;
export const HEAP_SIZE = 32 * 1024;
/** Stack frame size of the VM (SBPF v0): r10 points at the end of a 4 KiB frame. */
export const FRAME_SIZE = 4096;

export const INPUT = {
  accountCount: 0,
  firstRecord: 8,
} as const;

export const RECORD = {
  dupMarker: 0,
  isSigner: 1,
  isWritable: 2,
  isExecutable: 3,
  key: 8,
  owner: 40,
  lamports: 72,
  dataLen: 80,
  data: 88,
  /** Spare bytes after the data that an instruction may grow into. */
  reallocPadding: 10240,
  /** Size of a duplicate record. */
  duplicateSize: 8,
  notDuplicate: 0xff,
} as const;

/** Offset from a record's start to the next record, minus the data length: align8(88 + len + 10240) + 8. */
export const RECORD_TAIL = RECORD.data + RECORD.reallocPadding + 8;

/** SolInstruction (40 bytes). */
export const SOL_INSTRUCTION = { programId: 0, accounts: 8, accountsLen: 16, data: 24, dataLen: 32, size: 40 } as const;
/** SolAccountMeta (16 bytes): note is_writable comes before is_signer. */
export const SOL_ACCOUNT_META = { pubkey: 0, isWritable: 8, isSigner: 9, size: 16 } as const;
/** SolAccountInfo (56 bytes): key/lamports/data/owner must point at the exact input-region fields. */
export const SOL_ACCOUNT_INFO = {
  key: 0, lamports: 8, dataLen: 16, data: 24, owner: 32, rentEpoch: 40, isSigner: 48, isWritable: 49, executable: 50, size: 56,
} as const;
/** SolBytes / SolSignerSeed (16 bytes) and SolSignerSeeds (16 bytes: pointer to SolSignerSeed[], count). */
export const SOL_BYTES = { addr: 0, len: 8, size: 16 } as const;

/** Clock sysvar (40 bytes). */
export const CLOCK = { slot: 0, epochStartTimestamp: 8, epoch: 16, leaderScheduleEpoch: 24, unixTimestamp: 32, size: 40 } as const;
/** Rent sysvar (17 bytes, padded to 24 here). */
export const RENT = { lamportsPerByteYear: 0, exemptionThreshold: 8, burnPercent: 16, size: 24 } as const;
/** The f64 bit patterns of the two rent exemption thresholds clusters use (1.0 after SIMD-0194, 2.0 before). */
export const RENT_THRESHOLD_ONE = 0x3ff0_0000_0000_0000n;
export const RENT_THRESHOLD_TWO = 0x4000_0000_0000_0000n;
export const ACCOUNT_STORAGE_OVERHEAD = 128;

/** System program instruction indices and data sizes. */
export const SYSTEM_IX = {
  createAccount: { index: 0, size: 52 },
  assign: { index: 1, size: 36 },
  transfer: { index: 2, size: 12 },
  allocate: { index: 8, size: 12 },
  /** Solana 3.x: CreateAccount for an account that may already hold lamports (Anchor 1.x's init). */
  createAccountAllowPrefund: { index: 13, size: 52 },
} as const;

export const MAX_SEEDS = 16;
/** The longest seed create_program_address and find_program_address take. */
export const MAX_SEED_LEN = 32;
export const PDA_MARKER = 'ProgramDerivedAddress';

/** A SolBytes (or SolSignerSeeds: the same shape) as constant bytes, for .rodata. */
export function solBytes(address: bigint, length: number): Uint8Array {
  const bytes = new Uint8Array(SOL_BYTES.size);
  const view = new DataView(bytes.buffer);
  view.setBigUint64(SOL_BYTES.addr, address, true);
  view.setBigUint64(SOL_BYTES.len, BigInt(length), true);
  return bytes;
}
