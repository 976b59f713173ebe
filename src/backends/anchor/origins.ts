// Where Anchor's error macros will say an error was thrown: `AnchorError thrown in <file>:<line>`.
// In: the emitters ask for a macro name (`require`, `error`) on behalf of an IR node while they lay out
// the workspace. Out: after the files are printed, the `file:line` of each such macro token, keyed by node.
//
// The emitters get a stand-in of exactly the macro name's length, so the rustfmt-style layout (which only
// measures widths) breaks lines exactly as it does for the real name; resolving swaps the names back in and
// reads the lines off the finished text. No second copy of any layout rule is needed.
import type { Expr, Stmt } from '../../ir/types.js';

export type OriginNode = Stmt | Expr;

// Private-use code points: they never occur in emitted Rust, and each is one UTF-16 unit wide.
const SENTINEL = '\uF8FF';
const FILLER = '\uF8FE';
const DIGIT_BASE = 0xe000;
const DIGIT_RADIX = 0xf7fe - DIGIT_BASE + 1;
const DIGITS = 4;
const STAND_IN = /\uF8FF[\uE000-\uF7FE]{4}\uF8FE*/g;

export class OriginRecorder {
  private readonly pending = new Map<string, { node: OriginNode; name: string }>();

  /** A stand-in for the macro `name` invoked on behalf of `node`, to be printed where the name goes. */
  macroName(node: OriginNode, name: string): string {
    if (name.length < 1 + DIGITS) throw new Error(`internal: macro name ${name} is too short to track`);
    let id = this.pending.size;
    let digits = '';
    for (let i = 0; i < DIGITS; i++) {
      digits = String.fromCharCode(DIGIT_BASE + (id % DIGIT_RADIX)) + digits;
      id = Math.floor(id / DIGIT_RADIX);
    }
    if (id > 0) throw new Error('internal: too many error origins in one program');
    const standIn = SENTINEL + digits + FILLER.repeat(name.length - 1 - DIGITS);
    this.pending.set(standIn, { node, name });
    return standIn;
  }

  /**
   * Replaces every stand-in in `files` (path → text, rewritten in place) by its macro name and returns
   * `path:line` (1-based) per node. Each stand-in must occur exactly once across the files.
   */
  resolve(files: Map<string, string>): Map<OriginNode, string> {
    const origins = new Map<OriginNode, string>();
    const seen = new Set<string>();
    for (const [path, text] of files) {
      if (!text.includes(SENTINEL)) continue;
      let line = 1;
      let scanned = 0;
      const resolved = text.replace(STAND_IN, (standIn: string, offset: number) => {
        const entry = this.pending.get(standIn);
        if (!entry || seen.has(standIn)) throw new Error(`internal: stray error-origin stand-in in ${path}`);
        for (; scanned < offset; scanned++) if (text.charCodeAt(scanned) === 10) line++;
        seen.add(standIn);
        if (origins.has(entry.node)) throw new Error(`internal: one IR node emitted twice in ${path}`);
        origins.set(entry.node, `${path}:${line}`);
        return entry.name;
      });
      files.set(path, resolved);
    }
    if (seen.size !== this.pending.size) throw new Error('internal: an error-origin macro was never printed');
    return origins;
  }
}
