// Error exits of the generated program. In: an error (Anchor framework name, builtin, or custom code) and
// the account or source location it concerns, and the Anchor release whose messages to log. Out: the label of an
// exit that logs exactly what Anchor logs (docs/anchor-contract.md §3) — one line `<prefix><middle><suffix>`,
// optionally the compared pubkeys — and
// returns the error code in r0.
//
// Every exit is two instructions (`mov r1, <packed index>; ja error_exit`), after a prelude setting Left/Right
// where the site needs one; one shared routine reads two
// tables (rodata) and assembles the line from pooled strings, so each message suffix
// (". Error Code: X. Error Number: N. Error Message: M.") and each account name is stored once, and an
// origin `<file>:<line>` as its file's text (`<file>:`, stored once per file) and the line number.
// The packed index is (middle << 16) | (kind << 1) | (1 when Left/Right pubkeys are logged), with bit 15 set
// when Left/Right values are logged instead, where a kind is a (code, prefix, suffix) and a middle an account
// name or error origin; past 32,767 middles it no longer fits `mov`'s signed 32-bit immediate and is an lddw.
// Indices are given as exits are first asked for, so an exit's code does not wait for the tables: each
// handler's exits follow the handler (emitPending), near the jumps to them, not after the whole program
// (in a large program thousands of exits there were each a far jump with its own chain of islands, relax.ts).
// Offsets are into .rodata, 16-bit; a program whose error texts lie past 64 KiB of .rodata gets the wide
// tables: 32-bit offsets.
// The line is built in a region at the top of the stack frame: a cursor (8 bytes), the origin's line number (8 bytes),
// then LINE_BUFFER bytes.
import type { Assembler, Label, RodataRef } from '../assembler.js';
import { anchorError, type AnchorVersion } from '../../../ir/anchor-version.js';
import { BUILTIN_ERRORS, builtinErrorCode, type AnchorErrorName } from '../../../ir/errors.js';
import type { ErrorDef } from '../../../ir/types.js';

/**
 * Registers that hold the pubkey pointers (or the u64 values) of "Left"/"Right" when an exit logs compared
 * ones; a Right pubkey pointer of 0 means there are none to log.
 */
export const COMPARED_LEFT = 'r6';
export const COMPARED_RIGHT = 'r7';

/**
 * kind entry: +0 u64 code, then prefix, error name, message; middle entry: its text, then the u32 line number
 * printed after it (0: none). A text is a u16 offset and a u16 length (narrow tables) or a u32 offset and a u16
 * length (wide tables).
 */
interface TableLayout {
  kind: { size: number; code: number; prefix: number; name: number; message: number };
  middle: { size: number; line: number };
  /** Bytes of a text's offset; its length follows. */
  offsetBytes: 2 | 4;
}
const NARROW: TableLayout = {
  kind: { size: 24, code: 0, prefix: 8, name: 12, message: 16 }, middle: { size: 8, line: 4 }, offsetBytes: 2,
};
const WIDE: TableLayout = {
  kind: { size: 32, code: 0, prefix: 8, name: 16, message: 24 }, middle: { size: 16, line: 8 }, offsetBytes: 4,
};
const LOG_COMPARED = 1;
/** The labels of logged values, `Left: ` then `Right: `, one text. */
const VALUE_LABELS = 'Left: Right: ';
/** Above the kind (at most 14 bits from bit 1), below the middle: reading the middle needs no mask. */
const LOG_VALUES = 1 << 15;
/** Where the middle index starts in the packed index. */
const MIDDLE_SHIFT = 16;
/** Bytes reserved for assembling an error line; the frame region is 16 bytes more: the cursor, the origin's line. */
export const LINE_BUFFER = 768;
export const LINE_REGION = LINE_BUFFER + 16;
/** Offsets in the region: the cursor, the line number of the origin being logged, the line's bytes. */
const REGION = { cursor: 0, originLine: 8, line: 16 } as const;

/** How a line starts: before an error origin (file:line), or before the name of the account concerned. */
export const LINE_PREFIX = {
  thrown: 'AnchorError thrown in ',
  anchorAccount: 'AnchorError caused by account: ',
  programAccount: 'ProgramError caused by account: ',
} as const;

/** The UTF-8 bytes of `<prefix><middle>. Error Code: <name>. Error Number: <code>. Error Message: <message>.` */
export function errorLineBytes(prefix: string, middle: string, name: string, code: bigint, message: string): number {
  return utf8Length(`${prefix}${middle}${LINE_TEXT.code}${name}${LINE_TEXT.number}${code}${LINE_TEXT.message}${message}${LINE_TEXT.end}`);
}

const LINE_TEXT = { code: '. Error Code: ', number: '. Error Number: ', message: '. Error Message: ', end: '.' } as const;

/**
 * A middle as stored: an origin `<file>:<line>` becomes the text `<file>:` (shared by every origin in that file)
 * and its line number; any other middle (an account name) is its text, with no line (0).
 */
function splitOrigin(middle: string): { head: string; line: number } {
  const m = /^(.*:)([1-9][0-9]{0,8})$/.exec(middle);
  return m ? { head: m[1], line: Number(m[2]) } : { head: middle, line: 0 };
}
const utf8Length = (s: string): number => Buffer.byteLength(s, 'utf8');

const NO_PARTS: [string, string, string, string] = ['', '', '', ''];

function getOrSet<K, V>(map: Map<K, V>, key: K, make: () => V): V {
  let value = map.get(key);
  if (value === undefined) map.set(key, (value = make()));
  return value;
}

interface Exit {
  label: Label;
  /** Index of its (code, prefix, name, message) in the kind table, and of its middle in the middle table. */
  kind: number;
  middle: number;
  code: bigint;
  /** prefix, middle (account name or origin), error name, message; null = no log line. */
  parts: [string, string, string, string] | null;
  comparedPubkeys: boolean;
  /** Left/Right are u64 values (Anchor's `with_values`), logged as `Left: <n>` / `Right: <n>`. */
  comparedValues: boolean;
  /** Code run first at the exit's label (it sets Left/Right), so the site jumps straight to it. */
  prelude?: Prelude;
}

/** Code an exit runs first, named by `key` (exits with the same key and error are one). */
export interface Prelude {
  key: string;
  emit: () => void;
}

interface Kind {
  code: bigint;
  prefix: string;
  name: string;
  message: string;
}

type IndexedKind = Kind & { index: number };
/** Kinds by message, then error name, then line prefix, then code. */
type KindsByMessage = Map<string, Map<string, Map<string, Map<bigint, IndexedKind>>>>;

export class ErrorExits {
  /**
   * Exits by middle, then by kind, flags and prelude. A large program asks tens of thousands of times: the
   * strings it passes are looked up as they are (their hashes are kept), where a key joined from every part
   * was a new string to hash on each call.
   */
  private readonly exits = new Map<string, Map<string, Exit>>();
  /** Whether an exit logs Left/Right values: only then does the routine carry the code that prints them. */
  private logsComparedValues = false;
  /** Exits asked for whose code is not emitted yet. */
  private pending: Exit[] = [];
  /** Distinct (code, prefix, name, message), by message, name, prefix, then code; in index order. */
  private readonly kinds: KindsByMessage = new Map();
  private readonly kindList: IndexedKind[] = [];
  /** Distinct account names / origins → index (0 = none). */
  private readonly middles = new Map<string, number>([['', 0]]);
  private readonly routine: Label;

  constructor(
    private readonly asm: Assembler,
    /** Frame offset (from r10) of the LINE_REGION bytes: cursor, then the line. */
    private readonly lineRegion: number,
    /** The decimal formatting routine (format.ts), for the error number. */
    private readonly formatU64: () => Label,
    /** The Anchor release whose messages are logged (a few were reworded in 0.31). */
    private readonly anchorVersion: AnchorVersion,
  ) {
    this.routine = asm.newLabel('error_exit');
  }

  /** An Anchor framework error, logged as "caused by account" when `account` is given. */
  anchor(name: AnchorErrorName, account?: string, opts: { comparedPubkeys?: boolean; comparedValues?: boolean; prelude?: Prelude } = {}): Label {
    const { code, message } = anchorError(name, this.anchorVersion);
    const prefix = account === undefined ? 'AnchorError occurred' : LINE_PREFIX.anchorAccount;
    return this.exit(BigInt(code), [prefix, account ?? '', name, message], opts.comparedPubkeys ?? false, opts.comparedValues ?? false, opts.prelude);
  }

  /** A Solana builtin program error, logged as Anchor logs a `ProgramError` (naming the account if given). */
  builtin(name: keyof typeof BUILTIN_ERRORS, account?: string): Label {
    const code = builtinErrorCode(name);
    const prefix = account === undefined ? 'ProgramError occurred' : LINE_PREFIX.programAccount;
    return this.exit(code, [prefix, account ?? '', name, BUILTIN_ERRORS[name].message], false);
  }

  /** An Anchor framework error raised with `error!` (logged with the file:line it was thrown at). */
  thrown(name: AnchorErrorName, origin: string): Label {
    const { code, message } = anchorError(name, this.anchorVersion);
    return this.exit(BigInt(code), [LINE_PREFIX.thrown, origin, name, message], false);
  }

  /** A custom program error (`require`), logged with its origin as `require!` does. */
  custom(error: ErrorDef, origin: string): Label {
    return this.exit(BigInt(error.code), [LINE_PREFIX.thrown, origin, error.name, error.msg], false);
  }

  private exit(code: bigint, parts: [string, string, string, string] | null, comparedPubkeys: boolean, comparedValues = false, prelude?: Prelude): Label {
    const [prefix, middle, name, message] = parts ?? NO_PARTS;
    let kind = this.kinds.get(message)?.get(name)?.get(prefix)?.get(code);
    const rest = (k: IndexedKind): string =>
      `${k.index}|${comparedPubkeys ? 1 : 0}${comparedValues ? 1 : 0}${parts ? 1 : 0}|${prelude?.key ?? ''}`;
    const found = kind && this.exits.get(middle)?.get(rest(kind));
    if (found) return found.label;
    if (parts && errorLineBytes(prefix, middle, name, code, message) > LINE_BUFFER) {
      throw new Error(`internal: an error line of ${name} longer than ${LINE_BUFFER} bytes passed the sBPF limits check`);
    }
    if (!kind) {
      if (this.kindList.length === 0x3fff) throw new Error('internal: more than 16,383 kinds of error exit');
      kind = { index: this.kindList.length, code, prefix, name, message };
      this.kindList.push(kind);
      const byName = getOrSet(this.kinds, message, () => new Map());
      getOrSet(getOrSet(byName, name, () => new Map()), prefix, () => new Map()).set(code, kind);
    }
    if (!this.middles.has(middle)) this.middles.set(middle, this.middles.size);
    const e: Exit = {
      label: this.asm.newLabel(`error_${code}`), kind: kind.index, middle: this.middles.get(middle)!,
      code, parts, comparedPubkeys, comparedValues, prelude,
    };
    getOrSet(this.exits, middle, () => new Map<string, Exit>()).set(rest(kind), e);
    this.logsComparedValues ||= comparedValues;
    this.pending.push(e);
    return e.label;
  }

  /** Emits the code of every exit asked for since the last call: `mov r1, <packed index>; ja error_exit`. */
  emitPending(): void {
    const a = this.asm;
    for (const e of this.pending) {
      a.bind(e.label, true);
      e.prelude?.emit();
      const flags = (e.kind << 1) | (e.comparedPubkeys ? LOG_COMPARED : 0) | (e.comparedValues ? LOG_VALUES : 0);
      if (e.middle <= 0x7fff) a.mov('r1', (e.middle << MIDDLE_SHIFT) | flags);
      else a.lddw('r1', (BigInt(e.middle) << BigInt(MIDDLE_SHIFT)) | BigInt(flags));
      a.jump(this.routine);
    }
    this.pending = [];
  }

  /** Emits the exits not emitted yet, the two tables, and the shared routine. */
  emitAll(): void {
    const a = this.asm;
    // Every exit has a kind: none means no exit was asked for.
    if (this.kindList.length === 0) return;
    this.emitPending();
    const text = (s: string): [number, number] => {
      if (s.length === 0) return [0, 0];
      const r = a.rodata(new TextEncoder().encode(s));
      if (r.length > LINE_BUFFER) throw new Error('internal: an error text longer than the line buffer');
      return [r.offset, r.length];
    };
    const kinds = this.kindList;
    const kindTexts = kinds.map((k) => [text(k.prefix), text(k.name), text(k.message)] as const);
    const middleEntries = [...this.middles.keys()].map((m) => {
      const { head, line } = splitOrigin(m);
      return { text: text(head), line };
    });
    const far = [...kindTexts.flat(), ...middleEntries.map((m) => m.text)].some(([offset]) => offset > 0xffff);
    const layout = far ? WIDE : NARROW;
    const setText = (table: DataView, at: number, [offset, length]: [number, number]): void => {
      if (layout.offsetBytes === 4) table.setUint32(at, offset, true);
      else table.setUint16(at, offset, true);
      table.setUint16(at + layout.offsetBytes, length, true);
    };
    const K = layout.kind;
    const kindTable = new DataView(new ArrayBuffer(K.size * kinds.length));
    kinds.forEach((k, i) => {
      const at = k.index * K.size;
      kindTable.setBigUint64(at + K.code, k.code, true);
      const [prefix, name, message] = kindTexts[i]!;
      setText(kindTable, at + K.prefix, prefix);
      setText(kindTable, at + K.name, name);
      setText(kindTable, at + K.message, message);
    });
    const M = layout.middle;
    const middleTable = new DataView(new ArrayBuffer(M.size * this.middles.size));
    middleEntries.forEach(({ text: t, line }, index) => {
      setText(middleTable, index * M.size, t);
      middleTable.setUint32(index * M.size + M.line, line, true);
    });
    const kindRef = a.rodata(new Uint8Array(kindTable.buffer), 8);
    const middleRef = a.rodata(new Uint8Array(middleTable.buffer), 8);
    this.emitRoutine(kindRef, middleRef, this.logsComparedValues, layout);
  }

  /**
   * r1 = the packed index (r6/r7 = Left/Right pubkeys when flagged). Assembles
   * `<prefix><middle>. Error Code: <name>. Error Number: <code>. Error Message: <message>.` in the line
   * buffer, logs it (unless the kind has no text), logs the compared pubkeys, returns the code. Uses r8/r9:
   * nothing else is live on an error path.
   */
  private emitRoutine(kinds: RodataRef, middles: RodataRef, values: boolean, layout: TableLayout): void {
    const a = this.asm;
    const KIND = layout.kind;
    const cursor = this.lineRegion + REGION.cursor;
    const line = this.lineRegion + REGION.line;
    a.bind(this.routine);
    a.mov('r9', 'r1'); // the packed index
    a.mov('r8', 'r1');
    a.rsh('r8', 1);
    a.and('r8', 0x3fff);
    a.mul('r8', KIND.size);
    a.lddwRodata('r2', kinds);
    a.add('r8', 'r2'); // r8 = kind entry
    a.mov('r1', 'r10');
    a.add('r1', line);
    a.stx(8, 'r10', cursor, 'r1');
    const part = (entry: 'r8' | 'r5', field: number): void => {
      const skip = a.newLabel('error_part_empty');
      a.ldx(2, 'r3', entry, field + layout.offsetBytes);
      a.jumpIf('jeq', 'r3', 0, skip);
      a.ldx(layout.offsetBytes, 'r2', entry, field);
      a.lddwRodata('r4', kinds, -kinds.offset); // start of .rodata
      a.add('r2', 'r4');
      a.ldx(8, 'r1', 'r10', cursor);
      a.mov('r4', 'r1');
      a.add('r4', 'r3');
      a.stx(8, 'r10', cursor, 'r4');
      a.syscall('sol_memcpy_');
      a.bind(skip);
    };
    const constant = (text: string): void => {
      const ref = a.rodata(new TextEncoder().encode(text));
      a.ldx(8, 'r1', 'r10', cursor);
      a.lddwRodata('r2', ref);
      a.mov('r3', ref.length);
      a.mov('r4', 'r1');
      a.add('r4', ref.length);
      a.stx(8, 'r10', cursor, 'r4');
      a.syscall('sol_memcpy_');
    };
    const silent = a.newLabel('error_exit_silent');
    a.ldx(2, 'r3', 'r8', KIND.name + layout.offsetBytes);
    a.jumpIf('jeq', 'r3', 0, silent);
    part('r8', KIND.prefix);
    a.mov('r5', 'r9');
    a.rsh('r5', MIDDLE_SHIFT);
    a.mul('r5', layout.middle.size);
    a.lddwRodata('r2', middles);
    a.add('r5', 'r2'); // r5 = middle entry
    a.ldx(4, 'r1', 'r5', layout.middle.line);
    a.stx(8, 'r10', this.lineRegion + REGION.originLine, 'r1');
    part('r5', 0);
    const noLine = a.newLabel('error_no_line');
    a.ldx(8, 'r1', 'r10', this.lineRegion + REGION.originLine);
    a.jumpIf('jeq', 'r1', 0, noLine);
    this.appendDecimal();
    a.bind(noLine);
    constant(LINE_TEXT.code);
    part('r8', KIND.name);
    constant(LINE_TEXT.number);
    a.ldx(8, 'r1', 'r8', KIND.code);
    this.appendDecimal();
    constant(LINE_TEXT.message);
    part('r8', KIND.message);
    constant(LINE_TEXT.end);
    a.mov('r1', 'r10');
    a.add('r1', line);
    a.ldx(8, 'r2', 'r10', cursor);
    a.sub('r2', 'r1');
    const done = a.newLabel('error_exit_return');
    a.syscall('sol_log_');
    a.bind(silent);
    // Only programs with an exit that logs values carry that part, after the pubkeys' (it ends at `done`).
    const valuesPart = a.newLabel('error_exit_values');
    if (values) a.jumpIf('jset', 'r9', LOG_VALUES, valuesPart);
    a.and('r9', LOG_COMPARED);
    a.jumpIf('jeq', 'r9', 0, done);
    // A seeds check whose seeds give no address (create_program_address failed) has no Right: Anchor
    // then logs no keys.
    a.jumpIf('jeq', COMPARED_RIGHT, 0, done);
    // "Left:" and "Right:" are read from the values' labels when the program has them (no second copy).
    const labels = values ? a.rodata(new TextEncoder().encode(VALUE_LABELS)) : null;
    this.log('Left:', labels);
    a.mov('r1', COMPARED_LEFT);
    a.syscall('sol_log_pubkey');
    this.log('Right:', labels);
    a.mov('r1', COMPARED_RIGHT);
    a.syscall('sol_log_pubkey');
    if (values) {
      a.jump(done);
      a.bind(valuesPart);
      this.logValues(line);
    }
    a.bind(done);
    a.ldx(8, 'r0', 'r8', KIND.code);
    a.exit();
  }

  /** Appends the u64 in r1, in decimal, at the line's cursor and moves the cursor past it. */
  private appendDecimal(): void {
    const a = this.asm;
    const cursor = this.lineRegion + REGION.cursor;
    a.ldx(8, 'r2', 'r10', cursor);
    a.call(this.formatU64());
    a.ldx(8, 'r2', 'r10', cursor);
    a.add('r2', 'r0');
    a.stx(8, 'r10', cursor, 'r2');
  }

  /**
   * Logs `Left: <r6>` then `Right: <r7>`, each u64 in decimal, built at r10 + line: one loop over the two
   * labels (stored as one text), the Right value kept in the origin-line slot, free by then.
   */
  private logValues(line: number): void {
    const a = this.asm;
    const labels = a.rodata(new TextEncoder().encode(VALUE_LABELS));
    const next = this.lineRegion + REGION.originLine;
    const label = 'r9';
    const labelLength = COMPARED_RIGHT;
    a.stx(8, 'r10', next, COMPARED_RIGHT);
    a.lddwRodata(label, labels);
    a.mov(labelLength, 'Left: '.length);
    const loop = a.newLabel('error_log_value');
    a.bind(loop);
    a.mov('r1', 'r10');
    a.add('r1', line);
    a.mov('r2', label);
    a.mov('r3', labelLength);
    a.syscall('sol_memcpy_');
    a.mov('r1', COMPARED_LEFT);
    a.mov('r2', 'r10');
    a.add('r2', line);
    a.add('r2', labelLength);
    a.call(this.formatU64());
    a.mov('r1', 'r10');
    a.add('r1', line);
    a.mov('r2', 'r0');
    a.add('r2', labelLength);
    a.syscall('sol_log_');
    a.add(label, labelLength);
    a.ldx(8, COMPARED_LEFT, 'r10', next);
    a.add(labelLength, 1); // "Right: " is one byte longer
    a.jumpIf('jeq', labelLength, 'Right: '.length, loop);
  }

  /** Logs `text`, taken from `within` (a text holding it) when given. */
  private log(text: string, within: RodataRef | null = null): void {
    const at = within ? VALUE_LABELS.indexOf(text) : 0;
    const ref = within ?? this.asm.rodata(new TextEncoder().encode(text));
    this.asm.lddwRodata('r1', ref, at);
    this.asm.mov('r2', utf8Length(text));
    this.asm.syscall('sol_log_');
  }
}

