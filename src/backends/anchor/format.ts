// A small rustfmt-like layout engine for the Rust expressions the Anchor backend prints.
// In: a Doc tree (chains, calls, struct literals, binary operators, arrays) and a start column.
// Out: text laid out with rustfmt's default widths (max_width 100, chain/call/array width 60,
// struct literal width 18), so `rustfmt --check` leaves the emitted files as they are.

export type Doc =
  | { kind: 'text'; text: string }
  /** `root.field.method(args)?…`: rustfmt breaks it one link per line when it is too wide. */
  | { kind: 'chain'; root: Doc; links: ChainLink[] }
  /** `callee(args)` or, with `macro`, `callee!(args)`. */
  | { kind: 'call'; callee: string; args: Doc[]; macro: boolean }
  | { kind: 'struct'; name: string; fields: StructField[] }
  /** `a op b op c`: operands of one operator, already parenthesized where precedence needs it. */
  | { kind: 'binary'; op: string; operands: Doc[] }
  /** `&[a, b]` (prefix `&`) or `[a, b]`. */
  | { kind: 'array'; prefix: string; items: Doc[] }
  /** `open inner close`, e.g. parentheses or a unary `!`. */
  | { kind: 'wrap'; open: string; inner: Doc; close: string };

export type ChainLink = { field: string } | { method: string; args: Doc[] } | { try: true };
export interface StructField { name: string; value: Doc }

export const MAX_WIDTH = 100;
const CHAIN_WIDTH = 60;
const CALL_WIDTH = 60;
const ARRAY_WIDTH = 60;
const STRUCT_LIT_WIDTH = 18;
export const INDENT = 4;

export const text = (s: string): Doc => ({ kind: 'text', text: s });
// Every line starts with one of a few indents: each is built once.
const pads: string[] = [];
export const pad = (n: number): string => (pads[n] ??= ' '.repeat(n));

/** Appends links to a chain (or starts one), so `a.b` + `.c()` stays one chain as rustfmt sees it. */
export function chain(root: Doc, links: ChainLink[]): Doc {
  if (links.length === 0) return root;
  if (root.kind === 'chain') return { kind: 'chain', root: root.root, links: [...root.links, ...links] };
  return { kind: 'chain', root, links };
}

export function call(callee: string, args: Doc[]): Doc {
  return { kind: 'call', callee, args, macro: false };
}

export function macro(name: string, args: Doc[]): Doc {
  return { kind: 'call', callee: name, args, macro: true };
}

// ───────────── one-line form ─────────────

export function flat(d: Doc): string {
  switch (d.kind) {
    case 'text': return d.text;
    case 'chain': return flat(d.root) + d.links.map(flatLink).join('');
    case 'call': return `${d.callee}${d.macro ? '!' : ''}(${d.args.map(flat).join(', ')})`;
    case 'struct': return d.fields.length === 0 ? `${d.name} {}` : `${d.name} { ${flatFields(d.fields)} }`;
    case 'binary': return d.operands.map(flat).join(` ${d.op} `);
    case 'array': return `${d.prefix}[${d.items.map(flat).join(', ')}]`;
    case 'wrap': return d.open + flat(d.inner) + d.close;
  }
}

function flatLink(l: ChainLink): string {
  if ('try' in l) return '?';
  if ('field' in l) return `.${l.field}`;
  return `.${l.method}(${l.args.map(flat).join(', ')})`;
}

function flatFields(fields: StructField[]): string {
  return fields.map((f) => (flat(f.value) === f.name ? f.name : `${f.name}: ${flat(f.value)}`)).join(', ');
}

/** Whether rustfmt's width heuristics allow `d` (and everything in it) on one line. */
function flatAllowed(d: Doc): boolean {
  switch (d.kind) {
    case 'text': return true;
    case 'chain': {
      const width = flat(d).length;
      return (width + trailingChainTries(d) <= CHAIN_WIDTH || linkCount(d) <= 1) && flatAllowed(d.root)
        && d.links.every((l) => !('method' in l) || l.args.every(flatAllowed));
    }
    case 'call': return d.args.map(flat).join(', ').length <= CALL_WIDTH && d.args.every(flatAllowed);
    case 'struct': return flatFields(d.fields).length <= STRUCT_LIT_WIDTH && d.fields.every((f) => flatAllowed(f.value));
    case 'binary': return d.operands.every(flatAllowed);
    case 'array': return d.items.map(flat).join(', ').length <= ARRAY_WIDTH && d.items.every(flatAllowed);
    case 'wrap': return flatAllowed(d.inner);
  }
}

/** Field and method links; a `?` belongs to the link before it. */
const linkCount = (d: Doc & { kind: 'chain' }): number => d.links.filter((l) => !('try' in l)).length;

// ───────────── layout ─────────────

/**
 * Lays `d` out starting at column `col` of a line whose block indent is `indent`; `reserve` characters
 * (`;`, `,`, `)`…) must still fit after it. `trailingComma` is false inside macro arguments, where
 * rustfmt leaves the last struct field without one.
 */
export function layout(d: Doc, indent: number, col: number, reserve: number, trailingComma = true): string {
  const oneLine = flat(d);
  if (col + oneLine.length + reserve + triesBudget(d) <= MAX_WIDTH && flatAllowed(d)) return oneLine;
  switch (d.kind) {
    case 'text': return d.text;
    case 'chain': return layoutChain(d, indent, col, reserve);
    case 'call': return layoutCall(d, indent, col, reserve);
    case 'struct': return layoutStruct(d, indent, trailingComma);
    case 'binary': return layoutBinary(d, indent, col, reserve);
    case 'array': {
      // An array of one item overflows it like a call with a short name: `&[&[` … `]]`.
      const open = `${d.prefix}[`;
      return overflowLast(open, d.items, ']', indent, col, reserve, ARRAY_WIDTH, true) ?? layoutList(open, d.items, ']', indent, true);
    }
    case 'wrap': return d.open + layout(d.inner, indent, col + d.open.length, reserve + d.close.length) + d.close;
  }
}

/**
 * rustfmt over-counts the `?`s after a chain's last field or method link when it decides whether the chain
 * fits on one line (chains.rs subtracts them from the last child's shape and adds them to the width before
 * it): measured with rustfmt 1.9, each such `?` needs two more columns of line width and one more of the
 * 60-column chain width than it takes.
 */
function trailingChainTries(d: Doc): number {
  if (d.kind !== 'chain' || linkCount(d) === 0) return 0;
  let tries = 0;
  while (tries < d.links.length && 'try' in d.links[d.links.length - 1 - tries]) tries++;
  return tries;
}

const triesBudget = (d: Doc): number => 2 * trailingChainTries(d);

/**
 * rustfmt's overflow of a lone argument (overflow.rs `can_be_overflowed_expr`): a call, struct literal or
 * array (`&` allowed before it), or anything after a callee shorter than one indent, continues on the
 * opening line and ends with the closing delimiter, provided the opening line's part fits the list width.
 */
function overflowLast(
  open: string, items: Doc[], close: string, indent: number, col: number, reserve: number, listWidth: number,
  shortCallee: boolean,
): string | null {
  if (items.length !== 1 || !(shortCallee || overflowable(items[0]))) return null;
  const start = col + open.length;
  const inner = layout(items[0], indent, start, reserve + close.length);
  const firstLine = inner.split('\n')[0];
  if (!inner.includes('\n') || firstLine.length > listWidth || start + firstLine.length > MAX_WIDTH) return null;
  return open + inner + close;
}

function overflowable(d: Doc): boolean {
  if (d.kind === 'wrap') return d.open === '&' && d.close === '' && overflowable(d.inner);
  return d.kind === 'call' || d.kind === 'struct' || d.kind === 'array';
}

function layoutChain(d: Doc & { kind: 'chain' }, indent: number, col: number, reserve: number): string {
  if (linkCount(d) <= 1) return layoutOneLinkChain(d, indent, col, reserve);
  const inner = indent + INDENT;
  let out = layout(d.root, indent, col, 0);
  // A root at the start of its line and no wider than one indent takes the links after it onto its line
  // while it stays that narrow (rustfmt's `format_root`): `mint.supply` then `.checked_add(…)` below.
  let absorbed = 0;
  const narrow = absorbWidth(indent, col);
  while (!out.includes('\n') && out.length <= narrow && absorbed < d.links.length && !('try' in d.links[absorbed])) {
    out += layoutLink(d.links[absorbed], indent, col + out.length, 0);
    absorbed++;
    while (absorbed < d.links.length && 'try' in d.links[absorbed]) { out += '?'; absorbed++; }
  }
  d.links.forEach((l, i) => {
    if (i < absorbed) return;
    if ('try' in l) { out += '?'; return; }
    const tries = trailingTries(d.links, i);
    const isLast = i + tries === d.links.length - 1;
    out += `\n${pad(inner)}${layoutLink(l, inner, inner, (isLast ? reserve : 0) + tries)}`;
  });
  return out;
}

/**
 * A chain with at most one field or method link (plus `?`s), as rustfmt's chains.rs lays it out:
 * - only `?`s: the root breaks (`f(` … `)?`);
 * - a root of at most one indent (`a`, `ctx`) at the start of a line absorbs the link, which then breaks
 *   its arguments;
 * - a root broken over lines is followed by the link on a line of its own at the root's indent;
 * - otherwise the link either stays on the root's line with its arguments broken, or moves to the next
 *   line one indent deeper, whichever takes fewer lines (staying wins ties, and always at 5+ lines).
 */
function layoutOneLinkChain(d: Doc & { kind: 'chain' }, indent: number, col: number, reserve: number): string {
  const tail = d.links.map(flatLink).join('');
  if (d.links.every((l) => 'try' in l)) return layout(d.root, indent, col, reserve + tail.length) + tail;
  const rootText = flat(d.root);
  if (d.root.kind === 'text' && rootText.length <= absorbWidth(indent, col)) {
    return rootText + layoutLinksInline(d.links, indent, col + rootText.length, reserve);
  }
  const root = layout(d.root, indent, col, reserve);
  if (root.includes('\n')) return `${root}\n${pad(indent)}${layoutLinksInline(d.links, indent, indent, reserve)}`;
  const inner = indent + INDENT;
  const vertical = `${root}\n${pad(inner)}${layoutLinksInline(d.links, inner, inner, reserve)}`;
  const inline = root + layoutLinksInline(d.links, indent, col + root.length, reserve);
  const [firstLine] = inline.split('\n');
  if (!inline.includes('\n') || col + firstLine.length > MAX_WIDTH) return vertical;
  const lines = (text: string): number => text.split('\n').length;
  return lines(inline) >= 5 || lines(vertical) >= lines(inline) ? inline : vertical;
}

/** rustfmt's `tab_spaces - shape.offset`: how wide a chain root may be and still absorb the links after it. */
const absorbWidth = (indent: number, col: number): number => Math.max(0, INDENT - (col - indent));

function trailingTries(links: ChainLink[], i: number): number {
  let n = 0;
  while (i + 1 + n < links.length && 'try' in links[i + 1 + n]) n++;
  return n;
}

function layoutLinksInline(links: ChainLink[], indent: number, col: number, reserve: number): string {
  let out = '';
  for (const l of links) out += layoutLink(l, indent, col + out.length, reserve);
  return out;
}

function layoutLink(l: ChainLink, indent: number, col: number, reserve: number): string {
  if ('try' in l) return '?';
  if ('field' in l) return `.${l.field}`;
  const asCall: Doc = { kind: 'call', callee: `.${l.method}`, args: l.args, macro: false };
  return layout(asCall, indent, col, reserve);
}

function layoutCall(d: Doc & { kind: 'call' }, indent: number, col: number, reserve: number): string {
  const open = `${d.callee}${d.macro ? '!' : ''}(`;
  // A lone struct literal argument overflows: `emit!(Event {` … `});`.
  if (d.args.length === 1 && d.args[0].kind === 'struct') {
    return open + layout(d.args[0], indent, col + open.length, reserve + 1, !d.macro) + ')';
  }
  const shortCallee = `${d.callee}${d.macro ? '!' : ''}`.length < INDENT;
  return overflowLast(open, d.args, ')', indent, col, reserve, CALL_WIDTH, shortCallee) ?? layoutList(open, d.args, ')', indent, !d.macro);
}

/** `open` + one item per line, one indent deeper + `close`. */
function layoutList(open: string, items: Doc[], close: string, indent: number, trailingComma: boolean): string {
  const inner = indent + INDENT;
  const lines = items.map((item, i) => {
    const comma = i < items.length - 1 || trailingComma ? ',' : '';
    return pad(inner) + layout(item, inner, inner, comma.length) + comma;
  });
  return `${open}\n${lines.join('\n')}\n${pad(indent)}${close}`;
}

function layoutStruct(d: Doc & { kind: 'struct' }, indent: number, trailingComma: boolean): string {
  const inner = indent + INDENT;
  const lines = d.fields.map((f, i) => {
    const comma = i < d.fields.length - 1 || trailingComma ? ',' : '';
    const value = flat(f.value) === f.name ? null : f.value;
    const head = value ? `${f.name}: ` : f.name;
    return pad(inner) + head + (value ? layout(value, inner, inner + head.length, comma.length) : '') + comma;
  });
  return `${d.name} {\n${lines.join('\n')}\n${pad(indent)}}`;
}

function layoutBinary(d: Doc & { kind: 'binary' }, indent: number, col: number, reserve: number): string {
  const inner = indent + INDENT;
  const [first, ...rest] = d.operands;
  let out = layout(first, indent, col, 0);
  rest.forEach((operand, i) => {
    const head = `${d.op} `;
    const last = i === rest.length - 1;
    out += `\n${pad(inner)}${head}${layout(operand, inner, inner + head.length, last ? reserve : 0)}`;
  });
  return out;
}

// ───────────── statements ─────────────

/** `lhs = rhs;` / `let x: T = rhs;`: rustfmt moves the right side to its own line when only that fits. */
export function assignment(lhs: string, rhs: Doc, indent: number): string {
  const head = `${pad(indent)}${lhs} = `;
  const sameLine = layout(rhs, indent, head.length, 1);
  if (!sameLine.includes('\n') && head.length + sameLine.length + 1 + triesBudget(rhs) <= MAX_WIDTH) return `${head}${sameLine};`;
  const inner = indent + INDENT;
  const nextLine = layout(rhs, inner, inner, 1);
  if (!nextLine.includes('\n') && inner + nextLine.length + 1 + triesBudget(rhs) <= MAX_WIDTH) {
    return `${pad(indent)}${lhs} =\n${pad(inner)}${nextLine};`;
  }
  return `${head}${sameLine};`;
}

/** An expression statement: `expr;`. */
export function statement(d: Doc, indent: number): string {
  return `${pad(indent)}${layout(d, indent, indent, 1)};`;
}
