// Text formatting routines for `console.log` → `msg!` lines, printing values as Rust's Display does.
// In: values in registers/memory. Out: helper routines that write the text at a destination address and
// return its length in r0. Each keeps its digits in its own stack frame (r10 of the callee).
//
//   fmt_u64(r1 = value, r2 = dst)            decimal
//   fmt_u128(r1 = value*, r2 = dst)          decimal of the 16-byte little-endian value
//   fmt_base58(r1 = key*, r2 = dst)          the 32-byte key in base58 (bitcoin alphabet, as Pubkey's Display)
import type { Label } from '../assembler.js';
import type { Codegen } from './context.js';

const ASCII_ZERO = 48;
const BASE58_ALPHABET = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';
/** Digits are built backwards below the routine's r10; base58 keeps its 44 digits here. */
const BASE58_DIGITS = -64;

export function fmtU64(cg: Codegen): Label {
  return cg.helper('fmt_u64', () => {
    const a = cg.asm;
    const loop = a.newLabel('fmt_u64_digit');
    a.mov('r6', 'r2'); // dst
    a.mov('r3', 'r10'); // digits grow down from r10
    a.bind(loop);
    a.mov('r5', 'r1');
    a.mod('r5', 10);
    a.add('r5', ASCII_ZERO);
    a.sub('r3', 1);
    a.stx(1, 'r3', 0, 'r5');
    a.div('r1', 10);
    a.jumpIf('jne', 'r1', 0, loop);
    copyOut(cg);
  });
}

export function fmtU128(cg: Codegen): Label {
  return cg.helper('fmt_u128', () => {
    const a = cg.asm;
    const loop = a.newLabel('fmt_u128_digit');
    a.ldx(8, 'r7', 'r1', 0); // lo
    a.ldx(8, 'r8', 'r1', 8); // hi
    a.mov('r6', 'r2'); // dst
    a.mov('r3', 'r10');
    a.bind(loop);
    // (hi:lo) /= 10 with the remainder carried through 32-bit halves: each step divides < 10·2^32
    a.mov('r4', 'r8');
    a.mod('r4', 10);
    a.div('r8', 10);
    a.mov('r5', 'r7');
    a.rsh('r5', 32);
    a.lsh('r4', 32);
    a.or('r4', 'r5');
    a.mov('r5', 'r4');
    a.div('r5', 10); // upper half of the new lo
    a.mod('r4', 10);
    a.lsh('r7', 32);
    a.rsh('r7', 32);
    a.lsh('r4', 32);
    a.or('r4', 'r7');
    a.mov('r7', 'r4');
    a.div('r7', 10); // lower half of the new lo
    a.mod('r4', 10); // the digit
    a.lsh('r5', 32);
    a.or('r7', 'r5');
    a.add('r4', ASCII_ZERO);
    a.sub('r3', 1);
    a.stx(1, 'r3', 0, 'r4');
    a.mov('r4', 'r8');
    a.or('r4', 'r7');
    a.jumpIf('jne', 'r4', 0, loop);
    copyOut(cg);
  });
}

export function fmtBase58(cg: Codegen): Label {
  return cg.helper('fmt_base58', () => {
    const a = cg.asm;
    // r6 = key, r7 = dst, r8 = number of base58 digits, r9 = index of the current key byte
    a.mov('r6', 'r1');
    a.mov('r7', 'r2');
    a.stx(8, 'r10', -8, 'r2'); // dst, to measure the length at the end
    a.mov('r8', 0);
    a.mov('r9', 0);
    const zeros = a.newLabel('b58_zeros');
    const zerosDone = a.newLabel('b58_zeros_done');
    // leading zero bytes print as '1'
    a.bind(zeros);
    a.jumpIf('jge', 'r9', 32, zerosDone);
    a.mov('r1', 'r6');
    a.add('r1', 'r9');
    a.ldx(1, 'r1', 'r1', 0);
    a.jumpIf('jne', 'r1', 0, zerosDone);
    a.st(1, 'r7', 0, BASE58_ALPHABET.charCodeAt(0));
    a.add('r7', 1);
    a.add('r9', 1);
    a.jump(zeros);
    a.bind(zerosDone);
    const nextByte = a.newLabel('b58_byte');
    const bytesDone = a.newLabel('b58_bytes_done');
    const digitLoop = a.newLabel('b58_digit');
    const digitsDone = a.newLabel('b58_digits_done');
    const grow = a.newLabel('b58_grow');
    const grown = a.newLabel('b58_grown');
    a.bind(nextByte);
    a.jumpIf('jge', 'r9', 32, bytesDone);
    a.mov('r1', 'r6');
    a.add('r1', 'r9');
    a.ldx(1, 'r2', 'r1', 0); // carry = byte
    a.mov('r3', 0); // j
    a.bind(digitLoop);
    a.jumpIf('jge', 'r3', 'r8', digitsDone);
    a.mov('r4', 'r10');
    a.add('r4', BASE58_DIGITS);
    a.add('r4', 'r3');
    a.ldx(1, 'r5', 'r4', 0);
    a.lsh('r5', 8);
    a.add('r2', 'r5');
    a.mov('r5', 'r2');
    a.mod('r5', 58);
    a.stx(1, 'r4', 0, 'r5');
    a.div('r2', 58);
    a.add('r3', 1);
    a.jump(digitLoop);
    a.bind(digitsDone);
    a.bind(grow);
    a.jumpIf('jeq', 'r2', 0, grown);
    a.mov('r4', 'r10');
    a.add('r4', BASE58_DIGITS);
    a.add('r4', 'r8');
    a.mov('r5', 'r2');
    a.mod('r5', 58);
    a.stx(1, 'r4', 0, 'r5');
    a.div('r2', 58);
    a.add('r8', 1);
    a.jump(grow);
    a.bind(grown);
    a.add('r9', 1);
    a.jump(nextByte);
    a.bind(bytesDone);
    // digits are little-endian: print from the last, through the alphabet
    const out = a.newLabel('b58_out');
    const outDone = a.newLabel('b58_out_done');
    a.lddwRodata('r6', cg.text(BASE58_ALPHABET));
    a.bind(out);
    a.jumpIf('jeq', 'r8', 0, outDone);
    a.sub('r8', 1);
    a.mov('r4', 'r10');
    a.add('r4', BASE58_DIGITS);
    a.add('r4', 'r8');
    a.ldx(1, 'r5', 'r4', 0);
    a.add('r5', 'r6');
    a.ldx(1, 'r5', 'r5', 0);
    a.stx(1, 'r7', 0, 'r5');
    a.add('r7', 1);
    a.jump(out);
    a.bind(outDone);
    // length = everything written since dst (the '1's included)
    a.mov('r0', 'r7');
    a.ldx(8, 'r1', 'r10', -8);
    a.sub('r0', 'r1');
    a.exit();
  });
}

/** Copies the digits between r3 and r10 to the destination in r6; r0 = their count. */
function copyOut(cg: Codegen): void {
  const a = cg.asm;
  a.mov('r8', 'r10');
  a.sub('r8', 'r3');
  a.mov('r1', 'r6');
  a.mov('r2', 'r3');
  a.mov('r3', 'r8');
  a.syscall('sol_memcpy_');
  a.mov('r0', 'r8');
  a.exit();
}
