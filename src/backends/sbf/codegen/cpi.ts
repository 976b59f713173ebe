// Cross-program invocation through sol_invoke_signed_c. In: the callee, its account metas (by account
// parameter name), a writer for its instruction data, and optional PDA signer seeds. Out: code that
// builds SolInstruction / SolAccountMeta[] / SolAccountInfo[] / SolSignerSeeds on the stack (the
// account infos point at the exact input-region fields, as the runtime requires) and invokes.
// A failing callee aborts the whole transaction, so there is no error path here.
import { PROGRAM_IDS, type KnownProgram, type Seed } from '../../../ir/types.js';
import type { Label } from '../assembler.js';
import type { InstructionGen } from './context.js';
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

export function emitInvoke(g: InstructionGen, call: CpiCall): void {
  const a = g.cg.asm;
  const frame = g.cg.frame;
  const mark = frame.mark();
  const infosFor = [...new Set(call.metas.map((m) => m.account))];
  const ix = frame.alloc(SOL_INSTRUCTION.size);
  const metas = frame.alloc(SOL_ACCOUNT_META.size * call.metas.length);
  const infos = frame.alloc(SOL_ACCOUNT_INFO.size * infosFor.length);
  const data = frame.alloc(call.dataLen);
  call.writeData(data);

  call.metas.forEach((m, i) => {
    const at = metas + SOL_ACCOUNT_META.size * i;
    g.loadRecord('r1', m.account);
    a.add('r1', RECORD.key);
    a.stx(8, 'r10', at + SOL_ACCOUNT_META.pubkey, 'r1');
    a.st(8, 'r10', at + SOL_ACCOUNT_META.isWritable, m.writable ? 1 : 0); // clears the padding too
    if (m.signer) a.st(1, 'r10', at + SOL_ACCOUNT_META.isSigner, 1);
  });
  infosFor.forEach((name, i) => emitAccountInfo(g, name, infos + SOL_ACCOUNT_INFO.size * i));

  a.lddwRodata('r1', g.cg.bytes(bs58decode(PROGRAM_IDS[call.program]), 8));
  a.stx(8, 'r10', ix + SOL_INSTRUCTION.programId, 'r1');
  a.mov('r1', 'r10');
  a.add('r1', metas);
  a.stx(8, 'r10', ix + SOL_INSTRUCTION.accounts, 'r1');
  a.st(8, 'r10', ix + SOL_INSTRUCTION.accountsLen, call.metas.length);
  a.mov('r1', 'r10');
  a.add('r1', data);
  a.stx(8, 'r10', ix + SOL_INSTRUCTION.data, 'r1');
  a.st(8, 'r10', ix + SOL_INSTRUCTION.dataLen, call.dataLen);

  let signerCount = 0;
  let signers = 0;
  if (call.signer) {
    const seeds = call.signer.seeds;
    const count = seeds.length + (call.signer.bumpSlot === undefined ? 0 : 1);
    const slices = frame.alloc(SOL_BYTES.size * count);
    signers = frame.alloc(SOL_BYTES.size);
    emitSeedSlices(g, seeds, slices);
    if (call.signer.bumpSlot !== undefined) {
      const at = slices + SOL_BYTES.size * seeds.length;
      a.mov('r1', 'r10');
      a.add('r1', call.signer.bumpSlot);
      a.stx(8, 'r10', at + SOL_BYTES.addr, 'r1');
      a.st(8, 'r10', at + SOL_BYTES.len, 1);
    }
    a.mov('r1', 'r10');
    a.add('r1', slices);
    a.stx(8, 'r10', signers + SOL_BYTES.addr, 'r1');
    a.st(8, 'r10', signers + SOL_BYTES.len, count);
    signerCount = 1;
  }

  a.mov('r1', 'r10');
  a.add('r1', ix);
  a.mov('r2', 'r10');
  a.add('r2', infos);
  a.mov('r3', infosFor.length);
  if (signerCount > 0) {
    a.mov('r4', 'r10');
    a.add('r4', signers);
  } else a.mov('r4', 0);
  a.mov('r5', signerCount);
  a.syscall('sol_invoke_signed_c');
  frame.release(mark);
}

/** SolAccountInfo for an account parameter, pointing into its input record (filled by a shared routine). */
function emitAccountInfo(g: InstructionGen, account: string, at: number): void {
  const a = g.cg.asm;
  g.loadRecord('r1', account);
  a.mov('r2', 'r10');
  a.add('r2', at);
  a.call(fillAccountInfo(g));
}

/** Routine: r1 = input record, r2 = SolAccountInfo to fill (key, lamports, data and owner point into the record). */
function fillAccountInfo(g: InstructionGen): Label {
  return g.cg.helper('fill_account_info', () => {
    const a = g.cg.asm;
    for (const [field, offset] of [
      [SOL_ACCOUNT_INFO.key, RECORD.key],
      [SOL_ACCOUNT_INFO.lamports, RECORD.lamports],
      [SOL_ACCOUNT_INFO.data, RECORD.data],
      [SOL_ACCOUNT_INFO.owner, RECORD.owner],
    ] as const) {
      a.mov('r3', 'r1');
      a.add('r3', offset);
      a.stx(8, 'r2', field, 'r3');
    }
    a.ldx(8, 'r3', 'r1', RECORD.dataLen);
    a.stx(8, 'r2', SOL_ACCOUNT_INFO.dataLen, 'r3');
    a.st(8, 'r2', SOL_ACCOUNT_INFO.rentEpoch, 0);
    a.ldx(1, 'r3', 'r1', RECORD.isSigner);
    a.stx(1, 'r2', SOL_ACCOUNT_INFO.isSigner, 'r3');
    a.ldx(1, 'r3', 'r1', RECORD.isWritable);
    a.stx(1, 'r2', SOL_ACCOUNT_INFO.isWritable, 'r3');
    a.ldx(1, 'r3', 'r1', RECORD.isExecutable);
    a.stx(1, 'r2', SOL_ACCOUNT_INFO.executable, 'r3');
    a.exit();
  });
}
