// System Program instructions invoked by generated code, and the rent-exempt minimum.
// In: account parameter names, amounts in stack slots, optional PDA signer. Out: the CPI code
// (CreateAccount, Transfer, Allocate, Assign: data layouts of the System Program's bincode enum).
import type { Label } from '../assembler.js';
import { PROGRAM_IDS } from '../../../ir/types.js';
import type { InstructionGen } from './context.js';
import { bs58decode } from './entry.js';
import { emitInvoke, type CpiSigner } from './cpi.js';
import { ACCOUNT_STORAGE_OVERHEAD, RENT, RENT_THRESHOLD_ONE, RENT_THRESHOLD_TWO, SYSTEM_IX } from './layout.js';

/** Who a created account belongs to: this program, or the SPL Token program (token accounts, mints). */
export type SystemOwner = 'self' | 'token';

/** Writes the owner's program id (32 bytes) at r10 + at. Scratch r0, r1. */
function writeOwner(g: InstructionGen, owner: SystemOwner, at: number): void {
  const a = g.cg.asm;
  a.lddwRodata('r1', owner === 'self' ? g.programIdRef() : g.cg.bytes(bs58decode(PROGRAM_IDS.token), 8));
  for (let w = 0; w < 4; w++) {
    a.ldx(8, 'r0', 'r1', 8 * w);
    a.stx(8, 'r10', at + 8 * w, 'r0');
  }
}

export function emitCreateAccount(g: InstructionGen, payer: string, account: string, lamportsSlot: number, space: number, owner: SystemOwner, signer?: CpiSigner): void {
  const a = g.cg.asm;
  emitInvoke(g, {
    program: 'system',
    metas: [
      { account: payer, writable: true, signer: true },
      { account, writable: true, signer: true },
    ],
    dataLen: SYSTEM_IX.createAccount.size,
    writeData: (d) => {
      a.st(4, 'r10', d, SYSTEM_IX.createAccount.index);
      a.ldx(8, 'r0', 'r10', lamportsSlot);
      a.stx(8, 'r10', d + 4, 'r0');
      a.lddw('r0', BigInt(space));
      a.stx(8, 'r10', d + 12, 'r0');
      writeOwner(g, owner, d + 20);
    },
    signer,
  });
}

export function emitTransfer(g: InstructionGen, from: string, to: string, lamportsSlot: number, signer?: CpiSigner): void {
  const a = g.cg.asm;
  emitInvoke(g, {
    program: 'system',
    metas: [
      { account: from, writable: true, signer: true },
      { account: to, writable: true, signer: false },
    ],
    dataLen: SYSTEM_IX.transfer.size,
    writeData: (d) => {
      a.st(4, 'r10', d, SYSTEM_IX.transfer.index);
      a.ldx(8, 'r0', 'r10', lamportsSlot);
      a.stx(8, 'r10', d + 4, 'r0');
    },
    signer,
  });
}

export function emitAllocate(g: InstructionGen, account: string, space: number, signer?: CpiSigner): void {
  const a = g.cg.asm;
  emitInvoke(g, {
    program: 'system',
    metas: [{ account, writable: true, signer: true }],
    dataLen: SYSTEM_IX.allocate.size,
    writeData: (d) => {
      a.st(4, 'r10', d, SYSTEM_IX.allocate.index);
      a.lddw('r0', BigInt(space));
      a.stx(8, 'r10', d + 4, 'r0');
    },
    signer,
  });
}

export function emitAssign(g: InstructionGen, account: string, owner: SystemOwner, signer?: CpiSigner): void {
  const a = g.cg.asm;
  emitInvoke(g, {
    program: 'system',
    metas: [{ account, writable: true, signer: true }],
    dataLen: SYSTEM_IX.assign.size,
    writeData: (d) => {
      a.st(4, 'r10', d, SYSTEM_IX.assign.index);
      writeOwner(g, owner, d + 4);
    },
    signer,
  });
}

/**
 * r10 + outSlot = Rent::minimum_balance(space) = (128 + space) × lamports_per_byte_year × threshold, read
 * from the Rent sysvar. The threshold is an f64 and sBPF v0 has no floats: the two values clusters use
 * (2.0, and 1.0 once SIMD-0194 doubled lamports_per_byte_year) are handled exactly; any other fails.
 */
export function emitMinimumBalance(g: InstructionGen, space: number, outSlot: number, unsupported: Label): void {
  const a = g.cg.asm;
  const mark = g.cg.frame.mark();
  const rent = g.cg.frame.alloc(RENT.size);
  const thresholdOne = a.newLabel('rent_threshold_one');
  a.mov('r1', 'r10');
  a.add('r1', rent);
  a.syscall('sol_get_rent_sysvar');
  a.ldx(8, 'r0', 'r10', rent + RENT.lamportsPerByteYear);
  a.mul('r0', ACCOUNT_STORAGE_OVERHEAD + space);
  a.ldx(8, 'r1', 'r10', rent + RENT.exemptionThreshold);
  a.lddw('r2', RENT_THRESHOLD_ONE);
  a.jumpIf('jeq', 'r1', 'r2', thresholdOne);
  a.lddw('r2', RENT_THRESHOLD_TWO);
  a.jumpIf('jne', 'r1', 'r2', unsupported);
  a.mul('r0', 2);
  a.bind(thresholdOne);
  a.stx(8, 'r10', outSlot, 'r0');
  g.cg.frame.release(mark);
}
