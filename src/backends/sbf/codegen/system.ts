// The System Program transfer the DSL's SystemProgram.transfer makes, and the rent-exempt minimum.
// In: account parameter names, amounts in stack slots, optional PDA signer. Out: the CPI code (Transfer's
// data layout of the System Program's bincode enum) and Rent::minimum_balance.
import type { Label } from '../assembler.js';
import type { InstructionGen } from './context.js';
import { emitInvoke, type CpiSigner } from './invoke.js';
import { ACCOUNT_STORAGE_OVERHEAD, RENT, RENT_THRESHOLD_ONE, RENT_THRESHOLD_TWO, SYSTEM_IX } from './layout.js';

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
