// Cross-program invocation through sol_invoke_signed_c. In: the callee, its account metas (by account
// parameter name), a writer for its instruction data, and optional PDA signer seeds. Out: a call site that
// fills SolAccountMeta[] and the SolInstruction (a .rodata constant where addresses are known) and calls the
// shared `invoke` routine, which builds one SolAccountInfo per meta (pointing at the exact input-region
// fields, as the runtime requires) and invokes.
// A failing callee aborts the whole transaction, so there is no error path here. The pointer rules the
// runtime enforces are in docs/sbpf-facts.md §6.
import { PROGRAM_IDS, type KnownProgram, type SignerSeed } from '../../../ir/types.js';
import type { Label, RodataRef } from '../assembler.js';
import type { Reg } from '../isa.js';
import type { Codegen, InstructionGen } from './context.js';
import type { StackFrame } from './frame.js';
import { pubkeyBytes } from '../../../ir/base58.js';
import { INPUT, INPUT_START, RECORD, SOL_ACCOUNT_INFO, SOL_ACCOUNT_META, SOL_BYTES, SOL_INSTRUCTION, solBytes } from './layout.js';
import { emitSeedSlices } from './seeds.js';
import { staticSignerSeeds } from './staticseeds.js';

export interface CpiMeta {
  account: string;
  writable: boolean;
  signer: boolean;
  /**
   * Frame offset of the key the instruction names in this account's place, when it is not the account's
   * own (Anchor's ATA Create names the derived address): the account's info is passed all the same.
   */
  instructionKey?: number;
}

/** PDA signer: its seeds, plus the address of a stack byte holding its bump when not among the seeds. */
export interface CpiSigner {
  seeds: readonly SignerSeed[];
  bumpSlot?: number;
}

export interface CpiCall {
  /** The callee: a program the compiler knows, or another DSL program's id (base58). */
  program: KnownProgram | { id: string };
  metas: readonly CpiMeta[];
  dataLen: number;
  /** Writes the instruction data at r10 + dataSlot (scratch r0–r5; the expression pool is free). */
  writeData: (dataSlot: number) => void;
  signer?: CpiSigner;
}

/** The most accounts one CPI of generated code passes (the Associated Token program's Create: 6). */
const MAX_CPI_ACCOUNTS = 8;

export function emitInvoke(g: InstructionGen, call: CpiCall): void {
  const frame = g.cg.frame;
  const mark = frame.mark();
  // Data and seeds first: their writers use the scratch registers the request filling uses too.
  const data = frame.alloc(call.dataLen);
  call.writeData(data);
  const signers = call.signer ? emitSignerSeeds(g, call.signer) : null;
  const programId = typeof call.program === 'string' ? PROGRAM_IDS[call.program] : call.program.id;
  emitRequestCall(g.cg, frame, {
    programId: g.cg.bytes(pubkeyBytes(programId), 8),
    accounts: call.metas.map((m) => ({
      load: (r: Reg) => g.loadRecord(r, m.account), writable: m.writable, signer: m.signer, key: knownKeyAddress(g, m.account),
      instructionKey: m.instructionKey,
    })),
    data,
    dataLen: call.dataLen,
    signers,
  });
  frame.release(mark);
}

/** The address of account 0's key in a handler (its record is always the input's first), else undefined. */
function knownKeyAddress(g: InstructionGen, account: string): bigint | undefined {
  if (g.account(account).index !== 0 || g.cg.asm.frameAddress(0) === null) return undefined;
  return INPUT_START + BigInt(INPUT.firstRecord + RECORD.key);
}

/** Where a SolSignerSeeds is: a frame slot, or (for the entrypoint's frame, whose addresses are known) .rodata. */
export type SignersAt = { slot: number } | { rodata: RodataRef };

/**
 * The SolSignerSeeds of one PDA signer: entirely a .rodata constant when every seed's address is known
 * (staticseeds.ts); else the SolSignerSeed array built on the handler's frame, and the SolSignerSeeds pointing
 * at it: a constant in .rodata where the array's address is known, else on the frame.
 */
export function emitSignerSeeds(g: InstructionGen, signer: CpiSigner): SignersAt {
  const constant = staticSignerSeeds(g, signer.seeds, signer.bumpSlot);
  if (constant) return { rodata: constant };
  const a = g.cg.asm;
  const frame = g.cg.frame;
  const count = signer.seeds.length + (signer.bumpSlot === undefined ? 0 : 1);
  const slices = frame.alloc(SOL_BYTES.size * count);
  emitSeedSlices(g, signer.seeds, slices, signer.bumpSlot === undefined ? undefined : { slot: signer.bumpSlot });
  const known = a.frameAddress(slices);
  if (known !== null) return { rodata: g.cg.bytes(solBytes(known, count), 8) };
  const signers = frame.alloc(SOL_BYTES.size);
  a.mov('r1', 'r10');
  a.add('r1', slices);
  a.stx(8, 'r10', signers + SOL_BYTES.addr, 'r1');
  a.st(8, 'r10', signers + SOL_BYTES.len, count);
  return { slot: signers };
}

/** reg = the address of a SolSignerSeeds. */
export function loadSignersAddress(g: InstructionGen, reg: Reg, at: SignersAt): void {
  if ('rodata' in at) g.cg.asm.lddwRodata(reg, at.rodata);
  else {
    g.cg.asm.mov(reg, 'r10');
    g.cg.asm.add(reg, at.slot);
  }
}


/** A CPI described by where its pieces are: used by call sites and by shared routines alike. */
export interface RequestSpec {
  programId: RodataRef;
  /**
   * Each account: code putting its input record address in a register, its privileges, and its key's address
   * when known when compiling.
   */
  accounts: { load: (r: Reg) => void; writable: boolean; signer: boolean; key?: bigint; instructionKey?: number }[];
  /** Frame offset of the instruction data. */
  data: number;
  dataLen: number;
  /** SolSignerSeeds (one PDA) in a frame slot or .rodata, or its address in a register (0 = none), or none. */
  signers: SignersAt | { reg: Reg } | null;
}

/**
 * Fills the SolAccountMeta[] on `frame`, and the SolInstruction: a constant in .rodata where the metas' and
 * data's addresses are known (the entrypoint's frame), else on the frame too. Then calls the shared `invoke`
 * routine with r1 = the instruction, r3 = the metas, r4 = the SolSignerSeeds (or 0), r5 = their count.
 * Scratch r1–r5.
 */
export function emitRequestCall(cg: Codegen, frame: StackFrame, spec: RequestSpec): void {
  const a = cg.asm;
  const n = spec.accounts.length;
  if (n > MAX_CPI_ACCOUNTS) throw new Error(`internal: a CPI with ${n} accounts`);
  const mark = frame.mark();
  const metas = frame.alloc(SOL_ACCOUNT_META.size * n);
  spec.accounts.forEach((m, i) => {
    const at = metas + SOL_ACCOUNT_META.size * i;
    if (m.key !== undefined) a.lddw('r1', m.key);
    else {
      m.load('r1');
      a.add('r1', RECORD.key);
    }
    a.stx(8, 'r10', at + SOL_ACCOUNT_META.pubkey, 'r1');
    // is_writable, is_signer and the padding in one store
    a.st(8, 'r10', at + SOL_ACCOUNT_META.isWritable, (m.writable ? 1 : 0) | (m.signer ? 0x100 : 0));
  });
  // The infos are built from `metas` (their keys point into input records); an instruction naming another
  // key in an account's place gets its own copy of the metas.
  const instructionMetas = spec.accounts.some((m) => m.instructionKey !== undefined) ? frame.alloc(SOL_ACCOUNT_META.size * n) : metas;
  if (instructionMetas !== metas) {
    spec.accounts.forEach((m, i) => {
      const at = SOL_ACCOUNT_META.size * i;
      if (m.instructionKey !== undefined) {
        a.mov('r1', 'r10');
        a.add('r1', m.instructionKey);
      } else a.ldx(8, 'r1', 'r10', metas + at + SOL_ACCOUNT_META.pubkey);
      a.stx(8, 'r10', instructionMetas + at + SOL_ACCOUNT_META.pubkey, 'r1');
      a.st(8, 'r10', instructionMetas + at + SOL_ACCOUNT_META.isWritable, (m.writable ? 1 : 0) | (m.signer ? 0x100 : 0));
    });
  }
  const metasAt = a.frameAddress(instructionMetas);
  const dataAt = a.frameAddress(spec.data);
  let ix: RodataRef | number;
  if (metasAt !== null && dataAt !== null) {
    const bytes = new Uint8Array(SOL_INSTRUCTION.size);
    const view = new DataView(bytes.buffer);
    view.setBigUint64(SOL_INSTRUCTION.accounts, metasAt, true);
    view.setBigUint64(SOL_INSTRUCTION.accountsLen, BigInt(n), true);
    view.setBigUint64(SOL_INSTRUCTION.data, dataAt, true);
    view.setBigUint64(SOL_INSTRUCTION.dataLen, BigInt(spec.dataLen), true);
    ix = a.rodata(bytes, 8, [{ at: SOL_INSTRUCTION.programId, to: spec.programId }]);
  } else {
    ix = frame.alloc(SOL_INSTRUCTION.size);
    a.lddwRodata('r1', spec.programId);
    a.stx(8, 'r10', ix + SOL_INSTRUCTION.programId, 'r1');
    a.mov('r1', 'r10');
    a.add('r1', instructionMetas);
    a.stx(8, 'r10', ix + SOL_INSTRUCTION.accounts, 'r1');
    a.st(8, 'r10', ix + SOL_INSTRUCTION.accountsLen, n);
    a.mov('r1', 'r10');
    a.add('r1', spec.data);
    a.stx(8, 'r10', ix + SOL_INSTRUCTION.data, 'r1');
    a.st(8, 'r10', ix + SOL_INSTRUCTION.dataLen, spec.dataLen);
  }
  // r4 = the signers, r5 = how many (sol_invoke_signed_c's last two arguments), known here but for a register.
  if (spec.signers === null) a.mov('r4', 0);
  else if ('reg' in spec.signers) a.mov('r4', spec.signers.reg);
  else if ('rodata' in spec.signers) a.lddwRodata('r4', spec.signers.rodata);
  else {
    a.mov('r4', 'r10');
    a.add('r4', spec.signers.slot);
  }
  if (spec.signers !== null && 'reg' in spec.signers) {
    const unsigned = a.newLabel('invoke_unsigned');
    a.mov('r5', 0);
    a.jumpIf('jeq', 'r4', 0, unsigned);
    a.mov('r5', 1);
    a.bind(unsigned);
  } else a.mov('r5', spec.signers === null ? 0 : 1);
  if (typeof ix === 'number') {
    a.mov('r1', 'r10');
    a.add('r1', ix);
  } else a.lddwRodata('r1', ix);
  a.mov('r3', 'r10');
  a.add('r3', metas);
  a.call(invokeEntry(cg, n));
  frame.release(mark);
}

/** Labels of the shared `invoke` routine's blocks, by account index, as call sites ask for them. */
const invokeBlocks = new WeakMap<Codegen, Label[]>();

/**
 * The `invoke` routine's entry for a CPI of `n` accounts. Routine: r1 = SolInstruction, r3 = its
 * SolAccountMeta[], r4 = SolSignerSeeds of one PDA signer (or 0), r5 = 1 with a signer, else 0. It builds,
 * in its own frame, one SolAccountInfo per meta — each meta's key points into an input record, and the info's
 * other pointers are at fixed distances from it — then calls sol_invoke_signed_c. Unrolled: a CPI of n accounts enters at the block for account
 * n − 1, and each block falls through to the one for the account before it. Emitted last, with as many
 * blocks as the largest CPI needs.
 */
function invokeEntry(cg: Codegen, n: number): Label {
  let blocks = invokeBlocks.get(cg);
  if (!blocks) invokeBlocks.set(cg, (blocks = [cg.asm.newLabel('invoke_call')]));
  while (blocks.length <= n) blocks.push(cg.asm.newLabel(`invoke_account_${blocks.length - 1}`));
  const all = blocks;
  cg.lastRoutine('invoke', () => emitInvokeRoutine(cg, all));
  return blocks[n];
}

/** blocks[0] is the call itself, blocks[i + 1] the block for account i. */
function emitInvokeRoutine(cg: Codegen, blocks: readonly Label[]): void {
  const a = cg.asm;
  const most = blocks.length - 1;
  const infos = -SOL_ACCOUNT_INFO.size * most;
  for (let i = most - 1; i >= 0; i--) {
    a.bind(blocks[i + 1]);
    const info = infos + SOL_ACCOUNT_INFO.size * i;
    a.ldx(8, 'r6', 'r3', SOL_ACCOUNT_META.size * i + SOL_ACCOUNT_META.pubkey); // record + key
    a.stx(8, 'r10', info + SOL_ACCOUNT_INFO.key, 'r6');
    a.ldx(8, 'r7', 'r6', RECORD.dataLen - RECORD.key);
    a.stx(8, 'r10', info + SOL_ACCOUNT_INFO.dataLen, 'r7');
    // r6 and r7 are scratch: r4 and r5 hold the caller's arguments, and the VM restores r6–r9 on exit.
    // The runtime takes privileges from the metas and ignores the info's flag bytes and rent epoch (agave
    // and solana 1.18 cpi.rs), so they stay unset. The three pointers go in record order, r6 stepping from
    // one field to the next (one add each).
    const pointers = ([
      [SOL_ACCOUNT_INFO.lamports, RECORD.lamports],
      [SOL_ACCOUNT_INFO.data, RECORD.data],
      [SOL_ACCOUNT_INFO.owner, RECORD.owner],
    ] as const).slice().sort((x, y) => x[1] - y[1]);
    let at: number = RECORD.key;
    for (const [field, offset] of pointers) {
      a.add('r6', offset - at);
      a.stx(8, 'r10', info + field, 'r6');
      at = offset;
    }
  }
  // sol_invoke_signed_c(instruction, infos, count, signers, signers count): the caller set r4 and r5
  a.bind(blocks[0]);
  a.mov('r2', 'r10');
  a.add('r2', infos);
  a.ldx(8, 'r3', 'r1', SOL_INSTRUCTION.accountsLen);
  a.syscall('sol_invoke_signed_c');
  a.exit();
}
