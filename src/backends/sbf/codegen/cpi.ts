// Cross-program invocation through sol_invoke_signed_c. In: the callee, its account metas (by account
// parameter name), a writer for its instruction data, and optional PDA signer seeds. Out: a call site that
// fills a compact request (record addresses, flags, data, signer seeds) and calls the shared `invoke`
// routine, which builds SolInstruction / SolAccountMeta[] / SolAccountInfo[] (pointing at the exact
// input-region fields, as the runtime requires) and invokes.
// A failing callee aborts the whole transaction, so there is no error path here.
import { PROGRAM_IDS, type KnownProgram, type Seed } from '../../../ir/types.js';
import type { Label, RodataRef } from '../assembler.js';
import type { Reg } from '../isa.js';
import type { Codegen, InstructionGen } from './context.js';
import type { StackFrame } from './frame.js';
import { bs58decode } from './entry.js';
import { RECORD, SOL_ACCOUNT_INFO, SOL_ACCOUNT_META, SOL_BYTES, SOL_INSTRUCTION } from './layout.js';
import { emitSeedSlices } from './seeds.js';

export interface CpiMeta {
  account: string;
  writable: boolean;
  signer: boolean;
}

/** PDA signer: its seeds, plus the address of a stack byte holding its bump when not among the seeds. */
export interface CpiSigner {
  seeds: readonly Seed[];
  bumpSlot?: number;
}

export interface CpiCall {
  program: KnownProgram;
  metas: readonly CpiMeta[];
  dataLen: number;
  /** Writes the instruction data at r10 + dataSlot (scratch r0–r5; the expression pool is free). */
  writeData: (dataSlot: number) => void;
  signer?: CpiSigner;
}

/**
 * The request a call site builds on its stack for the shared `invoke` routine:
 *   +0 program id*  +8 data*  +16 data length  +24 SolSignerSeeds* of one PDA signer (or 0)
 *   +32 number of accounts  +40 per account: input record*, u64 flags (bit 0 writable, bit 8 signer)
 */
const REQUEST = { programId: 0, data: 8, dataLen: 16, signers: 24, count: 32, accounts: 40, accountSize: 16 } as const;
/** The most accounts one CPI of generated code passes (the Associated Token program's Create: 6). */
const MAX_CPI_ACCOUNTS = 8;

export function emitInvoke(g: InstructionGen, call: CpiCall): void {
  const frame = g.cg.frame;
  const mark = frame.mark();
  // Data and seeds first: their writers use the scratch registers the request filling uses too.
  const data = frame.alloc(call.dataLen);
  call.writeData(data);
  const signers = call.signer ? emitSignerSeeds(g, call.signer) : null;
  emitRequestCall(g.cg, frame, {
    programId: g.cg.bytes(bs58decode(PROGRAM_IDS[call.program]), 8),
    accounts: call.metas.map((m) => ({ load: (r: Reg) => g.loadRecord(r, m.account), writable: m.writable, signer: m.signer })),
    data,
    dataLen: call.dataLen,
    signers: signers === null ? null : { slot: signers },
  });
  frame.release(mark);
}

/** Builds SolSignerSeeds for one PDA signer on the handler's frame; returns its frame offset. */
export function emitSignerSeeds(g: InstructionGen, signer: CpiSigner): number {
  const a = g.cg.asm;
  const frame = g.cg.frame;
  const count = signer.seeds.length + (signer.bumpSlot === undefined ? 0 : 1);
  const slices = frame.alloc(SOL_BYTES.size * count);
  const signers = frame.alloc(SOL_BYTES.size);
  emitSeedSlices(g, signer.seeds, slices, signer.bumpSlot);
  a.mov('r1', 'r10');
  a.add('r1', slices);
  a.stx(8, 'r10', signers + SOL_BYTES.addr, 'r1');
  a.st(8, 'r10', signers + SOL_BYTES.len, count);
  return signers;
}

/** A CPI described by where its pieces are: used by call sites and by shared routines alike. */
export interface RequestSpec {
  programId: RodataRef;
  /** Each account: code putting its input record address in a register, and its privileges. */
  accounts: { load: (r: Reg) => void; writable: boolean; signer: boolean }[];
  /** Frame offset of the instruction data. */
  data: number;
  dataLen: number;
  /** SolSignerSeeds (one PDA) in a frame slot, or its address in a register (0 = none), or none. */
  signers: { slot: number } | { reg: Reg } | null;
}

/** Fills a request on `frame` and calls the shared `invoke` routine. Scratch r1. */
export function emitRequestCall(cg: Codegen, frame: StackFrame, spec: RequestSpec): void {
  const a = cg.asm;
  const n = spec.accounts.length;
  if (n > MAX_CPI_ACCOUNTS) throw new Error(`internal: a CPI with ${n} accounts`);
  const mark = frame.mark();
  const request = frame.alloc(REQUEST.accounts + REQUEST.accountSize * n);
  a.lddwRodata('r1', spec.programId);
  a.stx(8, 'r10', request + REQUEST.programId, 'r1');
  a.mov('r1', 'r10');
  a.add('r1', spec.data);
  a.stx(8, 'r10', request + REQUEST.data, 'r1');
  a.st(8, 'r10', request + REQUEST.dataLen, spec.dataLen);
  a.st(8, 'r10', request + REQUEST.count, n);
  spec.accounts.forEach((m, i) => {
    const at = request + REQUEST.accounts + REQUEST.accountSize * i;
    m.load('r1');
    a.stx(8, 'r10', at, 'r1');
    a.st(8, 'r10', at + 8, (m.writable ? 1 : 0) | (m.signer ? 0x100 : 0));
  });
  if (spec.signers === null) a.st(8, 'r10', request + REQUEST.signers, 0);
  else if ('slot' in spec.signers) {
    a.mov('r1', 'r10');
    a.add('r1', spec.signers.slot);
    a.stx(8, 'r10', request + REQUEST.signers, 'r1');
  } else a.stx(8, 'r10', request + REQUEST.signers, spec.signers.reg);
  a.mov('r1', 'r10');
  a.add('r1', request);
  a.call(invokeRoutine(cg));
  frame.release(mark);
}

/**
 * Routine: r1 = request (above). Builds, in its own frame, SolInstruction, SolAccountMeta[] and one
 * SolAccountInfo per account (pointing into the input records), then sol_invoke_signed_c.
 */
function invokeRoutine(cg: Codegen): Label {
  return cg.helper('invoke', () => {
    const a = cg.asm;
    const ix = -SOL_INSTRUCTION.size;
    const metas = ix - SOL_ACCOUNT_META.size * MAX_CPI_ACCOUNTS;
    const infos = metas - SOL_ACCOUNT_INFO.size * MAX_CPI_ACCOUNTS;
    const loop = a.newLabel('invoke_account');
    const done = a.newLabel('invoke_accounts_done');
    a.mov('r6', 'r1'); // request
    a.ldx(8, 'r2', 'r6', REQUEST.programId);
    a.stx(8, 'r10', ix + SOL_INSTRUCTION.programId, 'r2');
    a.mov('r2', 'r10');
    a.add('r2', metas);
    a.stx(8, 'r10', ix + SOL_INSTRUCTION.accounts, 'r2');
    a.ldx(8, 'r7', 'r6', REQUEST.count);
    a.stx(8, 'r10', ix + SOL_INSTRUCTION.accountsLen, 'r7');
    a.ldx(8, 'r2', 'r6', REQUEST.data);
    a.stx(8, 'r10', ix + SOL_INSTRUCTION.data, 'r2');
    a.ldx(8, 'r2', 'r6', REQUEST.dataLen);
    a.stx(8, 'r10', ix + SOL_INSTRUCTION.dataLen, 'r2');
    // r8 = request entry, r3 = meta, r2 = info (advanced together), r9 = entries left
    a.mov('r8', 'r6');
    a.add('r8', REQUEST.accounts);
    a.mov('r3', 'r10');
    a.add('r3', metas);
    a.mov('r2', 'r10');
    a.add('r2', infos);
    a.mov('r9', 'r7');
    a.bind(loop);
    a.jumpIf('jeq', 'r9', 0, done);
    a.ldx(8, 'r1', 'r8', 0); // the input record
    // meta: pubkey = record + key; writable/signer bytes from the flags (a u64 store clears the padding)
    a.mov('r4', 'r1');
    a.add('r4', RECORD.key);
    a.stx(8, 'r3', SOL_ACCOUNT_META.pubkey, 'r4');
    a.stx(8, 'r2', SOL_ACCOUNT_INFO.key, 'r4');
    a.ldx(8, 'r4', 'r8', 8);
    a.stx(8, 'r3', SOL_ACCOUNT_META.isWritable, 'r4');
    // info: lamports, data and owner point into the record; data length. The runtime takes privileges from
    // the metas and ignores the info's flag bytes and rent epoch (agave and solana 1.18 cpi.rs), so they stay unset.
    for (const [field, offset] of [
      [SOL_ACCOUNT_INFO.lamports, RECORD.lamports],
      [SOL_ACCOUNT_INFO.data, RECORD.data],
      [SOL_ACCOUNT_INFO.owner, RECORD.owner],
    ] as const) {
      a.mov('r4', 'r1');
      a.add('r4', offset);
      a.stx(8, 'r2', field, 'r4');
    }
    a.ldx(8, 'r4', 'r1', RECORD.dataLen);
    a.stx(8, 'r2', SOL_ACCOUNT_INFO.dataLen, 'r4');
    a.add('r8', REQUEST.accountSize);
    a.add('r3', SOL_ACCOUNT_META.size);
    a.add('r2', SOL_ACCOUNT_INFO.size);
    a.sub('r9', 1);
    a.jump(loop);
    a.bind(done);
    a.mov('r1', 'r10');
    a.add('r1', ix);
    a.mov('r2', 'r10');
    a.add('r2', infos);
    a.mov('r3', 'r7');
    a.ldx(8, 'r4', 'r6', REQUEST.signers);
    const unsigned = a.newLabel('invoke_unsigned');
    a.mov('r5', 0);
    a.jumpIf('jeq', 'r4', 0, unsigned);
    a.mov('r5', 1);
    a.bind(unsigned);
    a.syscall('sol_invoke_signed_c');
    a.exit();
  });
}

