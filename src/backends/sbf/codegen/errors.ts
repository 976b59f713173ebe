// Error exits of the generated program. In: an error (Anchor framework name, builtin, or custom code) and
// the account or source location it concerns. Out: the label of an exit that logs exactly what Anchor logs
// (ANCHOR-CONTRACT.md §3) — one line `<prefix><middle><suffix>`, optionally the compared pubkeys — and
// returns the error code in r0.
//
// Every exit is two instructions (`mov r1, <descriptor>; ja error_exit`); one shared routine reads the
// descriptor table (rodata) and assembles the line from pooled strings, so each message suffix
// (". Error Code: X. Error Number: N. Error Message: M.") and each account name is stored once.
//
//   descriptor (24 bytes): +0 u64 code  +8 u16 prefix offset  +10 u16 prefix length
//                          +12 u16 middle offset  +14 u16 middle length  +16 u16 suffix offset
//                          +18 u16 suffix length  +20 u8 flags (1 = log Left/Right pubkeys)
// Offsets are into .rodata. The line is built in a region at the top of the stack frame: a cursor (8 bytes)
// then LINE_BUFFER bytes.
import type { Assembler, Label, RodataRef } from '../assembler.js';
import { ANCHOR_ERRORS, BUILTIN_ERRORS, builtinErrorCode, type AnchorErrorName } from '../../../ir/errors.js';
import type { ErrorDef } from '../../../ir/types.js';

/** Registers that hold the pubkey pointers of "Left"/"Right" when an exit logs compared pubkeys. */
export const COMPARED_LEFT = 'r6';
export const COMPARED_RIGHT = 'r7';

const DESCRIPTOR = { size: 24, code: 0, prefix: 8, middle: 12, suffix: 16, flags: 20 } as const;
const LOG_COMPARED = 1;
/** Bytes reserved for assembling an error line; the frame region is 8 bytes more, for the cursor. */
export const LINE_BUFFER = 768;
export const LINE_REGION = LINE_BUFFER + 8;

interface Exit {
  label: Label;
  code: bigint;
  parts: [string, string, string] | null;
  comparedPubkeys: boolean;
}

export class ErrorExits {
  private readonly exits = new Map<string, Exit>();
  private readonly routine: Label;

  constructor(
    private readonly asm: Assembler,
    /** Frame offset (from r10) of the LINE_REGION bytes: cursor, then the line. */
    private readonly lineRegion: number,
  ) {
    this.routine = asm.newLabel('error_exit');
  }

  /** An Anchor framework error, logged as "caused by account" when `account` is given. */
  anchor(name: AnchorErrorName, account?: string, opts: { comparedPubkeys?: boolean } = {}): Label {
    const { code, message } = ANCHOR_ERRORS[name];
    const prefix = account === undefined ? 'AnchorError occurred' : 'AnchorError caused by account: ';
    return this.exit(BigInt(code), [prefix, account ?? '', suffix(name, BigInt(code), message)], opts.comparedPubkeys ?? false);
  }

  /** A Solana builtin program error, logged as Anchor logs a `ProgramError` (naming the account if given). */
  builtin(name: keyof typeof BUILTIN_ERRORS, account?: string): Label {
    const code = builtinErrorCode(name);
    const prefix = account === undefined ? 'ProgramError occurred' : 'ProgramError caused by account: ';
    return this.exit(code, [prefix, account ?? '', suffix(name, code, BUILTIN_ERRORS[name].message)], false);
  }

  /** An Anchor framework error raised with `error!` (logged with the file:line it was thrown at). */
  thrown(name: AnchorErrorName, origin: string): Label {
    const { code, message } = ANCHOR_ERRORS[name];
    return this.exit(BigInt(code), ['AnchorError thrown in ', origin, suffix(name, BigInt(code), message)], false);
  }

  /** A custom program error (`require`), logged with its origin as `require!` does. */
  custom(error: ErrorDef, origin: string): Label {
    return this.exit(BigInt(error.code), ['AnchorError thrown in ', origin, suffix(error.name, BigInt(error.code), error.msg)], false);
  }

  private exit(code: bigint, parts: [string, string, string] | null, comparedPubkeys: boolean): Label {
    const key = `${code}|${comparedPubkeys}|${parts?.join('\u0000') ?? ''}`;
    let e = this.exits.get(key);
    if (!e) {
      e = { label: this.asm.newLabel(`error_${code}`), code, parts, comparedPubkeys };
      this.exits.set(key, e);
    }
    return e.label;
  }

  /** Emits every exit that was asked for, their descriptors, and the shared routine. */
  emitAll(): void {
    const a = this.asm;
    if (this.exits.size === 0) return;
    const table = new Uint8Array(DESCRIPTOR.size * this.exits.size);
    const view = new DataView(table.buffer);
    let index = 0;
    let anchor: RodataRef | null = null;
    const ref = (s: string): RodataRef => {
      const r = a.rodata(new TextEncoder().encode(s));
      anchor ??= r;
      return r;
    };
    for (const e of this.exits.values()) {
      const at = index * DESCRIPTOR.size;
      view.setBigUint64(at + DESCRIPTOR.code, e.code, true);
      if (e.parts) {
        [DESCRIPTOR.prefix, DESCRIPTOR.middle, DESCRIPTOR.suffix].forEach((field, k) => {
          const text = e.parts![k];
          if (text.length === 0) return;
          const r = ref(text);
          if (r.offset > 0xffff || r.length > LINE_BUFFER) throw new Error('internal: error text outside the 16-bit descriptor range');
          view.setUint16(at + field, r.offset, true);
          view.setUint16(at + field + 2, r.length, true);
        });
      }
      view.setUint8(at + DESCRIPTOR.flags, e.comparedPubkeys ? LOG_COMPARED : 0);
      a.bind(e.label);
      a.mov('r1', index);
      a.jump(this.routine);
      index++;
    }
    const descriptors = a.rodata(table, 8);
    this.emitRoutine(descriptors, anchor);
  }

  /**
   * r1 = descriptor index (r6/r7 = Left/Right pubkeys when flagged). Copies the three parts into the line
   * buffer, logs it (unless empty), logs the compared pubkeys, returns the code. Uses r8/r9: nothing else
   * is live on an error path.
   */
  private emitRoutine(descriptors: RodataRef, anyText: RodataRef | null): void {
    const a = this.asm;
    const done = a.newLabel('error_exit_return');
    a.bind(this.routine);
    a.mul('r1', DESCRIPTOR.size);
    a.lddwRodata('r8', descriptors);
    a.add('r8', 'r1'); // r8 = descriptor
    if (anyText) {
      const cursor = this.lineRegion;
      const line = this.lineRegion + 8;
      a.lddwRodata('r9', anyText, -anyText.offset); // r9 = start of .rodata
      a.mov('r1', 'r10');
      a.add('r1', line);
      a.stx(8, 'r10', cursor, 'r1');
      for (const field of [DESCRIPTOR.prefix, DESCRIPTOR.middle, DESCRIPTOR.suffix]) {
        const skip = a.newLabel('error_part_empty');
        a.ldx(2, 'r3', 'r8', field + 2);
        a.jumpIf('jeq', 'r3', 0, skip);
        a.ldx(2, 'r2', 'r8', field);
        a.add('r2', 'r9');
        a.ldx(8, 'r1', 'r10', cursor);
        a.mov('r4', 'r1');
        a.add('r4', 'r3');
        a.stx(8, 'r10', cursor, 'r4');
        a.syscall('sol_memcpy_');
        a.bind(skip);
      }
      a.mov('r1', 'r10');
      a.add('r1', line);
      a.ldx(8, 'r2', 'r10', cursor);
      a.sub('r2', 'r1');
      const silent = a.newLabel('error_exit_silent');
      a.jumpIf('jeq', 'r2', 0, silent);
      a.syscall('sol_log_');
      a.bind(silent);
      a.ldx(1, 'r1', 'r8', DESCRIPTOR.flags);
      a.jumpIf('jeq', 'r1', 0, done);
      this.log('Left:');
      a.mov('r1', COMPARED_LEFT);
      a.syscall('sol_log_pubkey');
      this.log('Right:');
      a.mov('r1', COMPARED_RIGHT);
      a.syscall('sol_log_pubkey');
    }
    a.bind(done);
    a.ldx(8, 'r0', 'r8', DESCRIPTOR.code);
    a.exit();
  }

  private log(text: string): void {
    const ref = this.asm.rodata(new TextEncoder().encode(text));
    this.asm.lddwRodata('r1', ref);
    this.asm.mov('r2', ref.length);
    this.asm.syscall('sol_log_');
  }
}

const suffix = (name: string, code: bigint, message: string): string => `. Error Code: ${name}. Error Number: ${code}. Error Message: ${message}.`;
