// Where the Anchor program will say something went wrong: `AnchorError thrown in <file>:<line>` for its error
// macros, and `Panicked in <file> at <line>:<col>` (or `panicked at <file>:<line>:<col>:`) for a panic of Rust's
// indexing. In: the emitters ask for a macro name (`require`, `error`) or the first token of an index expression
// on behalf of an IR node while they lay out the workspace. Out: after the files are printed, `file:line` of
// each such macro token and `file:line:col` of each such expression, keyed by node.
//
// The emitters get a stand-in of exactly the token's length, so the rustfmt-style layout (which only measures
// widths) breaks lines exactly as it does for the real token; resolving swaps the tokens back in and reads the
// lines and columns off the finished text. No second copy of any layout rule is needed.
import type { Expr, Stmt } from '../../ir/types.js';

export type OriginNode = Stmt | Expr;

// A stand-in is an id in private-use code points (they never occur in emitted Rust, and each is one UTF-16 unit
// and one char wide): two digits, or one for a one-character token (an account named `b`), then fillers up to
// the token's length. Tracked tokens are never adjacent (a macro name is followed by `!`, an account name by
// `.`), so each stand-in is one run of these code points.
const FILLER = '\uF8FE';
const DIGIT_BASE = 0xe000;
const DIGIT_RADIX = 0xf7fe - DIGIT_BASE + 1;
const STAND_IN = /[\uE000-\uF7FE]{1,2}\uF8FE*/g;
const HAS_STAND_IN = /[\uE000-\uF7FE]/;

interface Pending {
  node: OriginNode;
  token: string;
  /** Whether the origin names the column too (a panic's location does; Anchor's error macros give the line). */
  column: boolean;
}

export class OriginRecorder {
  private readonly pending = new Map<string, Pending>();
  /** Stand-ins made so far with one digit and with two (separate id spaces: their texts differ in length). */
  private readonly made = [0, 0];

  /** A stand-in for the macro `name` invoked on behalf of `node`, to be printed where the name goes. */
  macroName(node: OriginNode, name: string): string {
    return this.standIn({ node, token: name, column: false });
  }

  /**
   * A stand-in for `token`, the first token of the expression `node` (an index into a FixedArray), whose panic
   * Rust locates at that token's line and column.
   */
  expressionStart(node: OriginNode, token: string): string {
    return this.standIn({ node, token, column: true });
  }

  private standIn(entry: Pending): string {
    const width = Math.min(entry.token.length, 2);
    if (width === 0) throw new Error('internal: an empty token cannot be tracked');
    let id = this.made[width - 1]!++;
    let digits = '';
    for (let i = 0; i < width; i++) {
      digits = String.fromCharCode(DIGIT_BASE + (id % DIGIT_RADIX)) + digits;
      id = Math.floor(id / DIGIT_RADIX);
    }
    if (id > 0) throw new Error('internal: too many error origins in one program');
    const standIn = digits + FILLER.repeat(entry.token.length - width);
    this.pending.set(standIn, entry);
    return standIn;
  }

  /**
   * Replaces every stand-in in `files` (path → text, rewritten in place) by its token and returns `path:line`
   * per macro and `path:line:col` per expression (1-based; the column counts chars, as rustc's does). Each
   * stand-in must occur exactly once across the files.
   */
  resolve(files: Map<string, string>): Map<OriginNode, string> {
    const origins = new Map<OriginNode, string>();
    const seen = new Set<string>();
    for (const [path, text] of files) {
      if (!HAS_STAND_IN.test(text)) continue;
      let line = 1;
      let lineStart = 0;
      let scanned = 0;
      const resolved = text.replace(STAND_IN, (standIn: string, offset: number) => {
        const entry = this.pending.get(standIn);
        if (!entry || seen.has(standIn)) throw new Error(`internal: stray error-origin stand-in in ${path}`);
        for (; scanned < offset; scanned++) {
          if (text.charCodeAt(scanned) === 10) {
            line++;
            lineStart = scanned + 1;
          }
        }
        seen.add(standIn);
        if (origins.has(entry.node)) throw new Error(`internal: one IR node emitted twice in ${path}`);
        const column = [...text.slice(lineStart, offset)].length + 1;
        origins.set(entry.node, entry.column ? `${path}:${line}:${column}` : `${path}:${line}`);
        return entry.token;
      });
      files.set(path, resolved);
    }
    if (seen.size !== this.pending.size) throw new Error('internal: an error-origin stand-in was never printed');
    return origins;
  }
}
