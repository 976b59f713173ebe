// A generator of random DSL programs for the fuzz test: legal-looking programs that mix what the DSL offers
// (state, zero-copy and token accounts, PDAs, init/initIfNeeded/close, arguments of every type, helper
// functions, if/else, require, early returns, events, logs, the clock, u128 math) with names from a hostile
// pool and, now and then, something the DSL refuses (a loop, a throw), which must then be a located diagnostic.
// In: a seed (a 32-bit integer). Out: the program's source text; the same seed always gives the same text.

/** mulberry32: a small seeded PRNG, so that every failure reproduces from its seed. */
export class Rng {
  private state: number;
  constructor(seed: number) {
    this.state = seed >>> 0;
  }
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)]!;
  }
}

const INTS = ['u8', 'i8', 'u16', 'i16', 'u32', 'i32', 'u64', 'i64', 'u128', 'i128'] as const;
type IntType = (typeof INTS)[number];
const CONVERSION: Record<IntType, string> = {
  u8: 'toU8', i8: 'toI8', u16: 'toU16', i16: 'toI16', u32: 'toU32', i32: 'toI32', u64: 'toU64', i64: 'toI64', u128: 'toU128', i128: 'toI128',
};

/**
 * Names that have broken compilers before: Rust keywords and prelude names, the names the emitted Rust declares
 * (`ctx`, `accounts`, `helpers`), pairs that meet once snake_cased or camelCased, a very long name, non-ASCII letters.
 */
/**
 * Names that have broken compilers before and that the DSL accepts: the names the emitted Rust declares or imports
 * (`ctx`, `accounts`, `helpers`, `Ok`), pairs that meet only in other kinds, very long names.
 */
const HOSTILE = [
  'ctx', 'context', 'accounts', 'bumps', 'helpers', 'instructions', 'program', 'state', 'error', 'errors', 'events',
  'msg', 'id', 'Rent', 'fooBar', 'count', 'a1', 'x_', 'X',
  'a'.repeat(70), 'longName'.repeat(12), 'anchor_lang', 'borsh', 'std', 'core', 'prelude', 'payer', 'space', 'seeds',
  'system', 'token', 'cpi', 'info', 'data', 'key', 'owner_', 'remainingAccounts', 'programId', 'mut_',
];
/** Names a local or helper function may take and an IDL name may not: Rust keywords (raw identifiers in the Rust). */
const KEYWORDS = ['type', 'match', 'fn', 'loop', 'move', 'ref', 'impl', 'mod', 'use', 'pub', 'dyn', 'where', 'unsafe', 'mut', 'struct', 'trait'];
/** Names the DSL refuses somewhere (keywords, non-ASCII, `__`, names meeting once snake_cased), or TypeScript does. */
const ILLEGAL = [
  'super', 'r#type', 'this', 'new', 'self', 'Self', 'café', 'naïve', 'π', 'ñandú', 'Ω', '__hidden', 'foo_bar', '_count',
  'a_1', 'Option', 'Context', 'Ok', 'Err', 'Some', 'None', 'Box', 'Accounts', 'Program', 'lamports', 'yield', 'Pubkey_', 'u64_', 'Vec_', 'String', 'system_program',
];
const PLAIN = [
  'amount', 'total', 'owner', 'admin', 'value', 'limit', 'rate', 'score', 'level', 'flag', 'note', 'mark', 'tally',
  'delta', 'price', 'fee', 'seed', 'index', 'slot', 'epoch', 'stamp', 'label', 'nonce', 'weight', 'depth', 'width',
];

type Ty =
  | { kind: 'int'; t: IntType }
  | { kind: 'bool' }
  | { kind: 'pubkey' }
  | { kind: 'str'; n: number }
  | { kind: 'vec'; elem: Ty; n: number }
  | { kind: 'struct'; name: string }
  /** A state account (a helper function's parameter, an instruction's account): passed, never built. */
  | { kind: 'account'; name: string };

const tyText = (t: Ty): string => {
  switch (t.kind) {
    case 'int': return t.t;
    case 'bool': return 'boolean';
    case 'pubkey': return 'Pubkey';
    case 'str': return `Str<${t.n}>`;
    case 'vec': return `Vec<${tyText(t.elem)}, ${t.n}>`;
    case 'struct':
    case 'account': return t.name;
  }
};

interface Field { name: string; ty: Ty }
interface Struct { name: string; fields: Field[] }
interface StateAccount { name: string; fields: Field[]; zeroCopy: boolean }
/** A value in scope of a body: its spelling, its type, and whether it can be assigned. */
interface Value { text: string; ty: Ty; writable: boolean }
interface Helper { name: string; params: { name: string; ty: Ty }[]; ret: Ty | null }

/**
 * `extended`: also token CPIs, helper functions writing a state account, seeds from arguments, optionals narrowed
 * by `if (x)`, `Number(x)` comparisons. Off, the generator draws exactly what it drew when seeds 122, 988, 1023
 * and 1282 found their bugs, so those seeds keep their programs.
 */
export interface GenerateOptions { extended?: boolean }

class Gen {
  private used = new Set<string>();
  private structs: Struct[] = [];
  private states: StateAccount[] = [];
  private events: Struct[] = [];
  private errors: string[] = [];
  private errorEnum = '';
  private helpers: Helper[] = [];
  private imports = new Set(['Pubkey', 'Result']);
  constructor(private readonly rng: Rng, private readonly extended: boolean) {}

  /** A fresh name: plain most of the time, hostile sometimes; `upper` for types. */
  private name(upper = false, hostileRate = upper ? 0.08 : 0.2, keywords = false): string {
    for (let tries = 0; ; tries++) {
      const r = this.rng.next();
      let n = r < 0.006 ? this.rng.pick(ILLEGAL)
        : r < 0.006 + hostileRate ? this.rng.pick(keywords && this.rng.chance(0.5) ? KEYWORDS : HOSTILE)
        : this.rng.pick(PLAIN) + (tries > 3 ? String(tries) : '');
      // Types: capitalized, and mostly given a suffix so they do not meet the prelude's names (Owner, Program).
      if (upper && this.rng.chance(0.97)) n = n.charAt(0).toUpperCase() + n.slice(1) + (this.rng.chance(0.97) ? 'Data' : '');
      if (!this.used.has(n) || tries > 40) {
        this.used.add(n);
        return n;
      }
    }
  }

  private scalarTy(): Ty {
    const r = this.rng.next();
    if (r < 0.6) return { kind: 'int', t: this.rng.pick(INTS) };
    if (r < 0.75) return { kind: 'bool' };
    if (r < 0.9) return { kind: 'pubkey' };
    this.imports.add('Str');
    return { kind: 'str', n: this.rng.pick([1, 8, 32, 200]) };
  }

  private fieldTy(depth: number): Ty {
    const r = this.rng.next();
    if (r < 0.08 && depth < 2) {
      const s = this.struct(depth + 1);
      return { kind: 'struct', name: s.name };
    }
    if (r < 0.16) {
      const elem = this.rng.chance(0.8) ? { kind: 'int' as const, t: this.rng.pick(INTS) } : this.scalarTy();
      this.imports.add('Vec');
      return { kind: 'vec', elem, n: this.rng.int(1, 8) };
    }
    const t = this.scalarTy();
    if (t.kind === 'str') this.imports.add('Str');
    return t;
  }

  private struct(depth: number): Struct {
    const s: Struct = { name: this.name(true), fields: [] };
    for (let i = this.rng.int(1, 3); i > 0; i--) s.fields.push({ name: this.name(), ty: this.fieldTy(depth) });
    this.structs.push(s);
    return s;
  }

  private declareState(): StateAccount {
    const zeroCopy = this.rng.chance(0.12);
    const s: StateAccount = { name: this.name(true), fields: [], zeroCopy };
    if (zeroCopy) {
      this.imports.add('ZeroCopyAccount').add('FixedArray');
      const elem = this.rng.pick(['u128', 'u64', 'u32', 'u8'] as const);
      s.fields.push({ name: this.name(), ty: { kind: 'vec', elem: { kind: 'int', t: elem }, n: -this.rng.int(1, 4) * (elem === 'u8' || elem === 'u32' ? 8 : 1) } });
      s.fields.push({ name: this.name(), ty: { kind: 'pubkey' } });
      s.fields.push({ name: this.name(), ty: { kind: 'int', t: 'u64' } });
      // u128 aligns to 16 on x86-64: a second u64 keeps the size a multiple of it; small elements are padded by u8s.
      if (elem === 'u128') s.fields.push({ name: this.name(), ty: { kind: 'int', t: 'u64' } });
    } else {
      this.imports.add('Account');
      for (let i = this.rng.int(1, 5); i > 0; i--) s.fields.push({ name: this.name(), ty: this.fieldTy(0) });
      s.fields.push({ name: 'bump', ty: { kind: 'int', t: 'u8' } });
    }
    this.states.push(s);
    return s;
  }

  // ── expressions ──

  private intLiteral(t: IntType): string {
    const small = this.rng.int(0, 100);
    if (this.rng.chance(0.1)) return `new ${t}(${small})`;
    if (this.rng.chance(0.05)) return t.startsWith('u') ? (t === 'u128' ? '340282366920938463463374607431768211455' : '255') : '-1';
    return String(small);
  }

  private valuesOf(env: Value[], pred: (t: Ty) => boolean): Value[] {
    return env.filter((v) => pred(v.ty));
  }

  private expr(ty: Ty, env: Value[], depth: number): string {
    const same = this.valuesOf(env, (t) => JSON.stringify(t) === JSON.stringify(ty));
    if (depth <= 0 || this.rng.chance(0.3)) {
      if (same.length > 0 && this.rng.chance(0.8)) return this.rng.pick(same).text;
      return this.leaf(ty, env);
    }
    switch (ty.kind) {
      case 'int': return this.intExpr(ty.t, env, depth);
      case 'bool': return this.boolExpr(env, depth);
      default:
        return same.length > 0 ? this.rng.pick(same).text : this.leaf(ty, env);
    }
  }

  private leaf(ty: Ty, env: Value[]): string {
    switch (ty.kind) {
      case 'int': {
        if (ty.t === 'u64' && this.rng.chance(0.15)) {
          this.imports.add('Clock');
          return this.rng.pick(['Clock.slot()', 'Clock.epoch()']);
        }
        if (ty.t === 'i64' && this.rng.chance(0.15)) {
          this.imports.add('Clock');
          return 'Clock.unixTimestamp()';
        }
        return this.intLiteral(ty.t);
      }
      case 'bool': return this.rng.pick(['true', 'false']);
      case 'pubkey': {
        const keys = this.valuesOf(env, (t) => t.kind === 'pubkey');
        return keys.length > 0 && this.rng.chance(0.7) ? this.rng.pick(keys).text : 'new Pubkey("11111111111111111111111111111111")';
      }
      case 'str':
        this.imports.add('Str');
        return `new Str("${this.rng.pick(['', 'x', 'ü'.slice(0, 0), '"'.replace('"', '\\"')])}")`;
      case 'vec':
      case 'struct':
      case 'account': {
        const same = this.valuesOf(env, (t) => JSON.stringify(t) === JSON.stringify(ty));
        return same.length > 0 ? this.rng.pick(same).text : '0';
      }
    }
  }

  private intExpr(t: IntType, env: Value[], depth: number): string {
    const sub = (): string => this.expr({ kind: 'int', t }, env, depth - 1);
    const r = this.rng.next();
    const recv = (): string => {
      const e = sub();
      return /^-?\d+$/.test(e) ? `new ${t}(${e})` : /^[-\d(]/.test(e) ? `(${e})` : e;
    };
    if (r < 0.3) return `${recv()}.${this.rng.pick(['add', 'sub', 'mul', 'div', 'mod', 'min', 'max'])}(${sub()})`;
    if (r < 0.5) return `(${recv()} ${this.rng.pick(['+', '-', '*', '/', '%'])} ${sub()})`;
    if (r < 0.65) {
      const other = this.rng.pick(INTS);
      const e = this.expr({ kind: 'int', t: other }, env, depth - 1);
      return `${/^-?\d+$/.test(e) ? `new ${other}(${e})` : /^[-\d(]/.test(e) ? `(${e})` : e}.${CONVERSION[t]}()`;
    }
    if (r < 0.72 && (t === 'u64' || t === 'u128' || t === 'u32')) return `${recv()}.mulDiv(${sub()}, ${sub()})`;
    if (r < 0.85) {
      const fits = this.helpers.filter((h) => h.ret?.kind === 'int' && h.ret.t === t && h.params.every((p) => p.ty.kind !== 'account'));
      if (fits.length > 0) {
        const h = this.rng.pick(fits);
        return `${h.name}(${h.params.map((p) => this.expr(p.ty, env, depth - 1)).join(', ')})`;
      }
    }
    return this.leaf({ kind: 'int', t }, env);
  }

  private boolExpr(env: Value[], depth: number): string {
    const r = this.rng.next();
    if (r < 0.45) {
      const t = this.rng.pick(INTS);
      let a = this.expr({ kind: 'int', t }, env, depth - 1);
      const b = this.expr({ kind: 'int', t }, env, depth - 1);
      // Two bare literals have no integer type (and TypeScript calls their comparison unintentional).
      if (/^-?\d+$/.test(a)) a = `new ${t}(${a})`;
      if (this.extended && this.rng.chance(0.1)) return `Number(${a}) ${this.rng.pick(['<', '>=', '==='])} ${this.rng.int(0, 9)}`;
      return this.rng.chance(0.5)
        ? `${/^[-\d(]/.test(a) ? `(${a})` : a}.${this.rng.pick(['eq', 'neq', 'lt', 'lte', 'gt', 'gte'])}(${b})`
        : `${a} ${this.rng.pick(['<', '<=', '>', '>=', '===', '!==', '=='])} ${b}`;
    }
    if (r < 0.6) return `(${this.boolExpr(env, depth - 1)} ${this.rng.pick(['&&', '||'])} ${this.boolExpr(env, depth - 1)})`;
    if (r < 0.7) return `!(${this.expr({ kind: 'bool' }, env, depth - 1)})`;
    if (r < 0.85) {
      const keys = this.valuesOf(env, (t) => t.kind === 'pubkey');
      if (keys.length > 0) return `${this.rng.pick(keys).text}.${this.rng.pick(['eq', 'neq'])}(${this.leaf({ kind: 'pubkey' }, env)})`;
    }
    return this.expr({ kind: 'bool' }, env, 0);
  }

  // ── statements ──

  private block(env: Value[], depth: number, ctx: { fn: Helper | null }, count: number): string[] {
    const lines: string[] = [];
    const local = [...env];
    for (let i = 0; i < count; i++) lines.push(...this.statement(local, depth, ctx));
    return lines;
  }

  private statement(env: Value[], depth: number, ctx: { fn: Helper | null }): string[] {
    const r = this.rng.next();
    const writable = env.filter((v) => v.writable && v.ty.kind !== 'struct' && v.ty.kind !== 'vec');
    if (r < 0.3 && writable.length > 0) {
      const target = this.rng.pick(writable);
      if (target.ty.kind === 'int' && this.rng.chance(0.2)) return [`${target.text} ${this.rng.pick(['+=', '-=', '*='])} ${this.expr(target.ty, env, 2)};`];
      if (target.ty.kind === 'int' && this.rng.chance(0.05)) return [`${target.text}${this.rng.pick(['++', '--'])};`];
      return [`${target.text} = ${this.expr(target.ty, env, 3)};`];
    }
    if (r < 0.45) {
      const ty = this.rng.chance(0.8) ? ({ kind: 'int', t: this.rng.pick(INTS) } as Ty) : this.rng.pick<Ty>([{ kind: 'bool' }, { kind: 'pubkey' }]);
      const name = this.name(false, 0.3, true);
      const mutable = this.rng.chance(0.4);
      const line = `${mutable ? 'let' : 'const'} ${name}: ${tyText(ty)} = ${this.expr(ty, env, 3)};`;
      env.push({ text: name, ty, writable: mutable });
      return [line];
    }
    if (r < 0.6 && depth > 0) {
      const cond = this.boolExpr(env, 2);
      const then = this.block(env, depth - 1, ctx, this.rng.int(1, 3));
      if (this.rng.chance(0.2)) then.push(ctx.fn?.ret ? `return ${this.expr(ctx.fn.ret, env, 1)};` : 'return;');
      const out = [`if (${cond}) {`, ...then.map((l) => `  ${l}`)];
      if (this.rng.chance(0.5)) out.push('} else {', ...this.block(env, depth - 1, ctx, this.rng.int(1, 2)).map((l) => `  ${l}`));
      out.push('}');
      return out;
    }
    if (r < 0.7 && this.errors.length > 0) {
      this.imports.add('require');
      return [`require(${this.boolExpr(env, 2)}, ${this.errorEnum}.${this.rng.pick(this.errors)});`];
    }
    if (r < 0.78 && this.events.length > 0) {
      this.imports.add('emit');
      const e = this.rng.pick(this.events);
      return [`emit<${e.name}>({ ${e.fields.map((f) => `${f.name}: ${this.expr(f.ty, env, 1)}`).join(', ')} });`];
    }
    if (r < 0.86) {
      const loggable = env.filter((v) => v.ty.kind !== 'struct' && v.ty.kind !== 'vec' && v.ty.kind !== 'account');
      const vals = Array.from({ length: this.rng.int(0, 3) }, () => (loggable.length > 0 ? this.rng.pick(loggable).text : 'new u64(1)'));
      if (this.rng.chance(0.4) && vals.length > 0) return [`console.log(\`seen ${vals.map((v) => `\${${v}}`).join(' and ')}\`);`];
      return [`console.log(${['"log"', ...vals].join(', ')});`];
    }
    if (r < 0.93) {
      const voids = this.helpers.filter((h) => h !== ctx.fn && h.params.every((p) => p.ty.kind !== 'account' || env.some((v) => JSON.stringify(v.ty) === JSON.stringify(p.ty))));
      if (voids.length > 0) {
        const h = this.rng.pick(voids);
        return [`${h.name}(${h.params.map((p) => this.expr(p.ty, env, 1)).join(', ')});`];
      }
    }
    // Rarely, what the DSL refuses: it must be diagnosed where it stands.
    if (this.rng.chance(0.08)) {
      return this.rng.pick([
        [`for (let i = 0; i < 3; i++) {`, `  console.log("i", i);`, `}`],
        [`throw new Error("no");`],
        [`while (${this.boolExpr(env, 1)}) {`, `  console.log("w");`, `}`],
      ]);
    }
    return [`console.log("step");`];
  }

  // ── declarations ──

  private helper(): Helper {
    const ret = this.rng.chance(0.6) ? ({ kind: 'int', t: this.rng.pick(INTS) } as Ty) : null;
    const params = Array.from({ length: this.rng.int(0, 3) }, () => {
      const ty = this.scalarTy();
      return { name: this.name(false, 0.35, true), ty: ty.kind === 'str' ? ({ kind: 'bool' } as Ty) : ty };
    });
    const plain = this.states.filter((st) => !st.zeroCopy);
    if (this.extended && plain.length > 0 && this.rng.chance(0.4)) {
      params.unshift({ name: this.name(false, 0.35, true), ty: { kind: 'account', name: this.rng.pick(plain).name } });
    }
    const h: Helper = { name: this.name(false, 0.35, true), params, ret };
    return h;
  }

  private helperText(h: Helper): string[] {
    const env: Value[] = h.params.map((p) => ({ text: p.name, ty: p.ty, writable: false }));
    for (const p of h.params) {
      if (p.ty.kind !== 'account') continue;
      const name = p.ty.name;
      for (const f of this.states.find((st) => st.name === name)!.fields) env.push({ text: `${p.name}.${f.name}`, ty: f.ty, writable: true });
    }
    const body = this.block(env, 2, { fn: h }, this.rng.int(0, 3));
    if (h.ret) body.push(`return ${this.expr(h.ret, env, 2)};`);
    const sig = h.params.map((p) => `${p.name}: ${tyText(p.ty)}`).join(', ');
    return [`function ${h.name}(${sig}): ${h.ret ? tyText(h.ret) : 'void'} {`, ...body.map((l) => `  ${l}`), '}', ''];
  }

  private instruction(): string[] {
    const params: string[] = [];
    const constraints: string[] = [];
    const env: Value[] = [];
    const signer = this.name(false, 0.2);
    this.imports.add('Signer');
    params.push(`${signer}: Signer`);
    env.push({ text: `${signer}.key`, ty: { kind: 'pubkey' }, writable: false });
    for (let i = this.rng.int(0, 2); i > 0 && this.states.length > 0; i--) {
      const s = this.rng.pick(this.states);
      const acc = this.name(false, 0.2);
      params.push(`${acc}: ${s.name}`);
      env.push({ text: `${acc}.key`, ty: { kind: 'pubkey' }, writable: false });
      if (this.extended && !s.zeroCopy) env.push({ text: acc, ty: { kind: 'account', name: s.name }, writable: false });
      const chain: string[] = [];
      const seeds = () => `[${['"' + this.rng.pick(['s', 'state', 'x']) + '"', ...(this.rng.chance(0.7) ? [`${signer}.key`] : [])].join(', ')}]`;
      const derived = !s.zeroCopy && this.rng.chance(0.6);
      if (derived) chain.push(this.rng.chance(0.7) ? `derive(${seeds()})` : `deriveWithBump(${seeds()}, ${acc}.bump)`);
      const life = this.rng.next();
      if (s.zeroCopy) {
        if (life < 0.3) chain.push('zero()');
        else if (life < 0.5) chain.push(`init(${signer})`);
      } else if (life < 0.3) chain.push(`init(${signer})`);
      else if (life < 0.4) chain.push(`initIfNeeded(${signer})`);
      else if (life < 0.5) chain.push(`close(${signer})`);
      if (chain.length > 0) constraints.push(`${acc}.${chain.join('.')};`);
      for (const f of s.fields) {
        if (s.zeroCopy && f.ty.kind === 'vec') {
          const elem = f.ty.elem;
          const idx = `${this.rng.int(0, -f.ty.n)}`;
          env.push({ text: `${acc}.${f.name}[${idx}]`, ty: elem, writable: true });
        } else env.push({ text: `${acc}.${f.name}`, ty: f.ty, writable: true });
      }
      if (derived && this.rng.chance(0.5)) env.push({ text: `${acc}.getBump()`, ty: { kind: 'int', t: 'u8' }, writable: false });
    }
    if (this.rng.chance(0.2)) {
      this.imports.add('Mint').add('AssociatedTokenAccount').add('TokenProgram');
      const mint = this.name(false, 0.2);
      const ata = this.name(false, 0.2);
      params.push(`${mint}: Mint`, `${ata}: AssociatedTokenAccount`);
      constraints.push(`${ata}.derive(${mint}, ${signer}.key)${this.rng.chance(0.4) ? `.initIfNeeded(${signer})` : ''};`);
      env.push({ text: `${ata}.amount`, ty: { kind: 'int', t: 'u64' }, writable: false }, { text: `${mint}.supply`, ty: { kind: 'int', t: 'u64' }, writable: false });
      if (this.extended) {
        const amount = this.expr({ kind: 'int', t: 'u64' }, env, 1);
        constraints.push(this.rng.pick([
          `TokenProgram.mintTo(${mint}, ${ata}, ${signer}, ${amount});`,
          `TokenProgram.burn(${mint}, ${ata}, ${signer}, ${amount});`,
          `TokenProgram.transfer(${ata}, ${ata}, ${signer}, ${amount});`,
          `TokenProgram.approve(${ata}, ${signer}, ${signer}, ${amount});`,
          `TokenProgram.revoke(${ata}, ${signer});`,
        ]));
      }
    }
    const args: { name: string; ty: Ty }[] = [];
    for (let i = this.rng.int(0, 3); i > 0; i--) {
      const r = this.rng.next();
      const ty: Ty = r < 0.1 && this.structs.length > 0 ? { kind: 'struct', name: this.rng.pick(this.structs).name } : r < 0.2 ? this.fieldTy(1) : this.scalarTy();
      if (ty.kind === 'str') this.imports.add('Str');
      args.push({ name: this.name(false, 0.3), ty });
    }
    for (const a of args) {
      params.push(`${a.name}: ${tyText(a.ty)}`);
      env.push({ text: a.name, ty: a.ty, writable: false });
    }
    const seedable = args.filter((a) => a.ty.kind === 'int' || a.ty.kind === 'str' || a.ty.kind === 'pubkey');
    const plain = this.states.filter((st) => !st.zeroCopy);
    if (this.extended && seedable.length > 0 && plain.length > 0 && this.rng.chance(0.5)) {
      const s = this.rng.pick(plain);
      const acc = this.name(false, 0.2);
      const seed = this.rng.pick(seedable);
      params.push(`${acc}: ${s.name}`);
      const seedText = seed.ty.kind === 'pubkey' ? seed.name : `${seed.name}.toBytes()`;
      constraints.push(`${acc}.derive(["k", ${seedText}])${this.rng.pick(['', `.init(${signer})`, `.initIfNeeded(${signer})`])};`);
      env.push({ text: acc, ty: { kind: 'account', name: s.name }, writable: false });
      for (const f of s.fields) env.push({ text: `${acc}.${f.name}`, ty: f.ty, writable: true });
    }
    const optional = this.rng.chance(0.2) ? { name: this.name(false, 0.2), ty: this.scalarTy() } : null;
    const body = this.block(env, 2, { fn: null }, this.rng.int(1, 6));
    if (optional) {
      const inner = [...env, { text: optional.name, ty: optional.ty, writable: false }];
      const test = this.extended && optional.ty.kind !== 'bool' && this.rng.chance(0.5) ? optional.name : `${optional.name} !== undefined`;
      body.push(`if (${test}) {`, ...this.block(inner, 1, { fn: null }, 2).map((l) => `  ${l}`), '}');
    }
    if (this.rng.chance(0.15) && this.rng.chance(0.5)) {
      this.imports.add('SystemAccount').add('SystemProgram');
      const to = this.name(false, 0.2);
      params.push(`${to}: SystemAccount`);
      body.push(`SystemProgram.transfer(${signer}, ${to}, ${this.expr({ kind: 'int', t: 'u64' }, env, 1)});`);
    }
    if (optional) params.push(`${optional.name}?: ${tyText(optional.ty)}`);
    const name = this.name(false, 0.3);
    return [`  ${name}(${params.join(', ')}): Result {`, ...[...constraints, ...body].map((l) => `    ${l}`), '  }', ''];
  }

  program(): string {
    for (let i = this.rng.int(0, 2); i > 0; i--) this.struct(0);
    for (let i = this.rng.int(1, 3); i > 0; i--) this.declareState();
    if (this.rng.chance(0.6)) {
      this.errorEnum = this.name(true, 0.2) + 'Error';
      for (let i = this.rng.int(1, 3); i > 0; i--) this.errors.push(this.name(true));
    }
    for (let i = this.rng.int(0, 2); i > 0; i--) {
      this.imports.add('Event');
      const e: Struct = { name: this.name(true), fields: [] };
      for (let j = this.rng.int(1, 3); j > 0; j--) {
        const t = this.scalarTy();
        if (t.kind === 'str') this.imports.add('Str');
        e.fields.push({ name: this.name(), ty: t });
      }
      this.events.push(e);
    }
    const helperTexts: string[] = [];
    for (let i = this.rng.int(0, 3); i > 0; i--) {
      const h = this.helper();
      helperTexts.push(...this.helperText(h));
      this.helpers.push(h);
    }
    const instructions: string[] = [];
    for (let i = this.rng.int(1, 4); i > 0; i--) instructions.push(...this.instruction());
    for (const t of INTS) this.imports.add(t);
    const decls: string[] = [];
    for (const s of this.structs) decls.push(`export interface ${s.name} {`, ...s.fields.map((f) => `  ${f.name}: ${tyText(f.ty)};`), '}', '');
    for (const s of this.states) {
      decls.push(`export interface ${s.name} extends ${s.zeroCopy ? 'ZeroCopyAccount' : 'Account'} {`);
      for (const f of s.fields) {
        const t = s.zeroCopy && f.ty.kind === 'vec' ? `FixedArray<${tyText(f.ty.elem)}, ${-f.ty.n}>` : tyText(f.ty);
        decls.push(`  ${f.name}: ${t};`);
      }
      decls.push('}', '');
    }
    for (const e of this.events) decls.push(`export interface ${e.name} extends Event {`, ...e.fields.map((f) => `  ${f.name}: ${tyText(f.ty)};`), '}', '');
    if (this.errors.length > 0) decls.push(`export enum ${this.errorEnum} {`, ...this.errors.map((e, i) => `  ${e} = "failure ${i}",`), '}', '');
    const className = this.name(true, 0.2) + 'Program';
    return [
      `import { ${[...this.imports].sort().join(', ')} } from "@solanaturbine/poseidon";`,
      '',
      ...helperTexts,
      `export default class ${className} {`,
      '  static PROGRAM_ID = new Pubkey("GZejERmJnsGsbT7yazS3DWrBowCAtMWttFs5eA5jUjbU");',
      '',
      ...instructions,
      '}',
      '',
      ...decls,
    ].join('\n');
  }
}

/** The program of `seed`. */
export function generateProgram(seed: number, options: GenerateOptions = {}): string {
  return new Gen(new Rng(seed), options.extended ?? false).program();
}
