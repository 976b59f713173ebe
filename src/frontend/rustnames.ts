// Names that must survive the trip to Rust: a snake_case identifier may not be a Rust keyword
// (`type`, `match`, `move`…), or the generated crate would not compile.
// In: a node and the Rust spelling of its name. Out: a diagnostic when the name is reserved.
import type ts from 'typescript';
import { Messages } from '../diagnostics/messages.js';
import type { LowerContext } from './context.js';

const RUST_KEYWORDS: ReadonlySet<string> = new Set([
  'as', 'async', 'await', 'break', 'const', 'continue', 'crate', 'dyn', 'else', 'enum', 'extern', 'false', 'fn',
  'for', 'if', 'impl', 'in', 'let', 'loop', 'match', 'mod', 'move', 'mut', 'pub', 'ref', 'return', 'self', 'static',
  'struct', 'super', 'trait', 'true', 'type', 'unsafe', 'use', 'where', 'while', 'abstract', 'become', 'box', 'do',
  'final', 'macro', 'override', 'priv', 'typeof', 'unsized', 'virtual', 'yield', 'try', 'gen',
]);

/** Reports `rustName` when Rust reserves it; true when the name is usable. */
export function checkRustName(ctx: LowerContext, node: ts.Node, rustName: string): boolean {
  if (!RUST_KEYWORDS.has(rustName)) return true;
  ctx.error(Messages.RustKeyword, node, rustName);
  return false;
}
