// Error exits of the generated program. In: an error (Anchor framework name, builtin, or custom code) and
// the account it concerns. Out: the label of a shared exit block that logs exactly what Anchor logs
// (ANCHOR-CONTRACT.md §3), optionally the compared pubkeys, then returns the error code in r0.
// Blocks are deduplicated and emitted after all handlers, off the hot path.
import type { Assembler, Label } from '../assembler.js';
import { ANCHOR_ERRORS, BUILTIN_ERRORS, builtinErrorCode, type AnchorErrorName } from '../../../ir/errors.js';
import type { ErrorDef } from '../../../ir/types.js';

/** Registers that hold the pubkey pointers of "Left"/"Right" when an exit logs compared pubkeys. */
export const COMPARED_LEFT = 'r6';
export const COMPARED_RIGHT = 'r7';

interface ExitBlock {
  label: Label;
  code: bigint;
  lines: string[];
  comparedPubkeys: boolean;
}

export class ErrorExits {
  private readonly blocks = new Map<string, ExitBlock>();

  constructor(private readonly asm: Assembler) {}

  /** An Anchor framework error, logged as "caused by account" when `account` is given. */
  anchor(name: AnchorErrorName, account?: string, opts: { comparedPubkeys?: boolean } = {}): Label {
    const { code, message } = ANCHOR_ERRORS[name];
    const origin = account === undefined ? 'AnchorError occurred.' : `AnchorError caused by account: ${account}.`;
    const line = `${origin} Error Code: ${name}. Error Number: ${code}. Error Message: ${message}.`;
    return this.block(BigInt(code), [line], opts.comparedPubkeys ?? false);
  }

  /** A Solana builtin program error, logged as Anchor logs a `ProgramError` (naming the account if given). */
  builtin(name: keyof typeof BUILTIN_ERRORS, account?: string): Label {
    const code = builtinErrorCode(name);
    const origin = account === undefined ? 'ProgramError occurred.' : `ProgramError caused by account: ${account}.`;
    const line = `${origin} Error Code: ${name}. Error Number: ${code}. Error Message: ${BUILTIN_ERRORS[name].message}.`;
    return this.block(code, [line], false);
  }

  /** An Anchor framework error raised with `error!` (logged with the file:line it was thrown at). */
  thrown(name: AnchorErrorName, origin: string): Label {
    const { code, message } = ANCHOR_ERRORS[name];
    const line = `AnchorError thrown in ${origin}. Error Code: ${name}. Error Number: ${code}. Error Message: ${message}.`;
    return this.block(BigInt(code), [line], false);
  }

  /** A custom program error (`require`), logged with its origin as `require!` does. */
  custom(error: ErrorDef, origin: string): Label {
    const line = `AnchorError thrown in ${origin}. Error Code: ${error.name}. Error Number: ${error.code}. Error Message: ${error.msg}.`;
    return this.block(BigInt(error.code), [line], false);
  }

  /** A bare error code with no log line (what a failed system-program check returns, e.g. custom 0). */
  silent(code: bigint): Label {
    return this.block(code, [], false);
  }

  private block(code: bigint, lines: string[], comparedPubkeys: boolean): Label {
    const key = `${code}|${comparedPubkeys}|${lines.join('\n')}`;
    let b = this.blocks.get(key);
    if (!b) {
      b = { label: this.asm.newLabel(`error_${code}`), code, lines, comparedPubkeys };
      this.blocks.set(key, b);
    }
    return b.label;
  }

  /** Emits every exit block that was asked for. */
  emitAll(): void {
    for (const b of this.blocks.values()) {
      this.asm.bind(b.label);
      for (const line of b.lines) this.log(line);
      if (b.comparedPubkeys) {
        this.log('Left:');
        this.asm.mov('r1', COMPARED_LEFT);
        this.asm.syscall('sol_log_pubkey');
        this.log('Right:');
        this.asm.mov('r1', COMPARED_RIGHT);
        this.asm.syscall('sol_log_pubkey');
      }
      this.asm.lddw('r0', b.code);
      this.asm.exit();
    }
  }

  private log(text: string): void {
    const ref = this.asm.rodata(new TextEncoder().encode(text));
    this.asm.lddwRodata('r1', ref);
    this.asm.mov('r2', ref.length);
    this.asm.syscall('sol_log_');
  }
}
