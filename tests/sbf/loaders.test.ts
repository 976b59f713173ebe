// Assembled programs written by writeElf, loaded and run by both runtimes: litesvm 1.5 (Agave 4.3)
// via addProgram and solana-bankrun 0.4 (Solana 1.18) via startAnchor(). Asserts logs, return codes and
// exact compute units (1 CU per executed instruction, lddw included, + 100 per log syscall).

import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { address, getTransactionDecoder, lamports } from '@solana/kit';
import { Keypair, PublicKey, SYSVAR_CLOCK_PUBKEY, SYSVAR_RENT_PUBKEY, SystemProgram, Transaction, TransactionInstruction } from '@solana/web3.js';
import { FailedTransactionMetadata, LiteSVM } from 'litesvm';
import { startAnchor } from 'solana-bankrun';
import { beforeAll, describe, expect, it } from 'vitest';
import { Assembler } from '../../src/backends/sbf/assembler.js';
import type { Label } from '../../src/backends/sbf/assembler.js';
import { writeElf } from '../../src/backends/sbf/elf.js';
import type { AluOp, JmpCond, Reg } from '../../src/backends/sbf/isa.js';
import { SYSCALL_NAMES } from '../../src/backends/sbf/syscalls.js';
import type { SyscallName } from '../../src/backends/sbf/syscalls.js';

// ───────────────────────────── programs ─────────────────────────────

interface Built { so: Uint8Array; executed: number }

/** An assembler whose entry is bound, plus a counter of instructions the success path executes. */
function program(build: (a: Assembler, count: (n?: number) => void) => void): Built {
  const a = new Assembler({ elideRedundant: false }); // every instruction as written: the VM is under test
  const entry = a.newLabel('entrypoint');
  a.bind(entry);
  let executed = 0;
  build(a, (n = 1) => { executed += n; });
  return { so: writeElf(a.finish(entry)), executed };
}

const utf8 = (s: string) => new TextEncoder().encode(s);

const hello = program((a, count) => {
  const text = a.rodata(utf8('hello from an assembled ELF'));
  a.lddwRodata('r1', text);
  a.mov('r2', text.length);
  a.syscall('sol_log_');
  a.mov('r0', 0);
  a.exit();
  count(5);
});

const customError = program((a, count) => {
  a.mov('r0', 6000);
  a.exit();
  count(2);
});

/** Logs the tail of a blob through an addend, and reads an 8-aligned u64 out of .rodata. */
const rodataReads = program((a, count) => {
  a.rodata(utf8('x'));
  const greeting = a.rodata(utf8('hello world'));
  const word = a.rodata(new Uint8Array([0x88, 0x77, 0x66, 0x55, 0x44, 0x33, 0x22, 0x11]), 8);
  a.lddwRodata('r1', greeting, 6);
  a.mov('r2', 5);
  a.syscall('sol_log_');
  a.lddwRodata('r6', word);
  a.ldx(8, 'r1', 'r6', 0);
  a.mov('r2', 'r6');
  a.and('r2', 7);
  a.mov('r3', 0);
  a.mov('r4', 0);
  a.mov('r5', 0);
  a.syscall('sol_log_64_');
  a.mov('r0', 0);
  a.exit();
  count(13);
});

/** 20 + 22 through an internal function that also uses its own stack frame; r6 survives the call. */
const internalCall = program((a, count) => {
  const addFn = a.newLabel('add_fn');
  a.mov('r6', 7);
  a.mov('r1', 20);
  a.mov('r2', 22);
  a.call(addFn);
  a.mov('r7', 'r0');
  a.mov('r1', 'r0');
  a.mov('r2', 'r6');
  a.mov('r3', 0);
  a.mov('r4', 0);
  a.mov('r5', 0);
  a.syscall('sol_log_64_');
  a.mov('r0', 'r7');
  a.sub('r0', 42);
  a.exit();
  a.bind(addFn);
  a.stx(8, 'r10', -8, 'r1');
  a.mov('r6', 0);
  a.ldx(8, 'r0', 'r10', -8);
  a.add('r0', 'r2');
  a.exit();
  count(14 + 5);
});

// The self-checking program: every ALU op (both source forms), neg, every load/store width and every
// jump condition (both forms, taken and not taken), each compared with a BigInt model. Check k sets
// r0 = k before comparing, so a mismatch exits with the custom error k.

const U64 = (x: bigint) => BigInt.asUintN(64, x);
const I64 = (x: bigint) => BigInt.asIntN(64, x);
const ALU_MODEL: Record<Exclude<AluOp, 'neg'>, (a: bigint, b: bigint) => bigint> = {
  add: (a, b) => U64(a + b), sub: (a, b) => U64(a - b), mul: (a, b) => U64(a * b), div: (a, b) => a / b,
  mod: (a, b) => a % b, or: (a, b) => a | b, and: (a, b) => a & b, xor: (a, b) => a ^ b, mov: (_a, b) => b,
  lsh: (a, b) => U64(a << b), rsh: (a, b) => a >> b, arsh: (a, b) => U64(I64(a) >> b),
};
const JMP_MODEL: Record<JmpCond, (a: bigint, b: bigint) => boolean> = {
  jeq: (a, b) => a === b, jne: (a, b) => a !== b, jgt: (a, b) => a > b, jge: (a, b) => a >= b,
  jlt: (a, b) => a < b, jle: (a, b) => a <= b, jset: (a, b) => (a & b) !== 0n,
  jsgt: (a, b) => I64(a) > I64(b), jsge: (a, b) => I64(a) >= I64(b), jslt: (a, b) => I64(a) < I64(b), jsle: (a, b) => I64(a) <= I64(b),
};
const ALU_CASES: [Exclude<AluOp, 'neg'>, bigint, number][] = [
  ['add', 0xffff_ffff_ffff_fff0n, 0x20], ['sub', 5n, 7], ['mul', 0x1_0000_0001n, -3], ['div', 1000n, 7],
  ['mod', 1000n, 7], ['or', 0xf0n, 0x0f], ['and', 0xffff_ffff_ffff_ffffn, -8], ['xor', 0xffn, 0x0f],
  ['mov', 9n, -1], ['lsh', 1n, 63], ['rsh', 0x8000_0000_0000_0000n, 63], ['arsh', 0x8000_0000_0000_0000n, 60],
];
const JMP_PAIRS: [bigint, number][] = [[5n, 5], [5n, 7], [7n, 5], [0xffff_ffff_ffff_ffffn, 1]];

function selfCheck(wrongAt?: number): Built & { checks: number } {
  let checks = 0;
  const built = program((a, count) => {
    const fail = a.newLabel('fail');
    const expectEqual = (reg: Reg, expected: bigint) => {
      checks++;
      a.lddw('r3', checks === wrongAt ? expected ^ 1n : expected);
      a.mov('r0', checks);
      a.jumpIf('jne', reg, 'r3', fail);
      count(3);
    };
    for (const [op, left, right] of ALU_CASES) {
      for (const form of ['imm', 'reg'] as const) {
        a.lddw('r1', left);
        if (form === 'reg') { a.lddw('r2', BigInt(right)); count(); }
        a.alu(op, 'r1', form === 'reg' ? 'r2' : right);
        count(2);
        expectEqual('r1', ALU_MODEL[op](left, U64(BigInt(right))));
      }
    }
    a.mov('r1', 5);
    a.neg('r1');
    count(2);
    expectEqual('r1', U64(-5n));

    a.lddw('r1', 0x1122_3344_5566_7788n);
    a.stx(8, 'r10', -8, 'r1');
    count(2);
    for (const [size, off, expected] of [[8, -8, 0x1122_3344_5566_7788n], [4, -8, 0x5566_7788n], [2, -4, 0x3344n], [1, -1, 0x11n]] as const) {
      a.ldx(size, 'r4', 'r10', off);
      count();
      expectEqual('r4', expected);
    }
    for (const [size, imm, expected] of [[8, -2, U64(-2n)], [4, -1, 0xffff_ffffn], [2, 0xffff, 0xffffn], [1, 255, 0xffn]] as const) {
      a.st(8, 'r10', -16, 0);
      a.st(size, 'r10', -16, imm);
      a.ldx(8, 'r4', 'r10', -16);
      count(3);
      expectEqual('r4', expected);
    }
    for (const [size, expected] of [[4, 0x5566_7788n], [2, 0x7788n], [1, 0x88n]] as const) {
      a.st(8, 'r10', -24, 0);
      a.stx(size, 'r10', -24, 'r1');
      a.ldx(8, 'r4', 'r10', -24);
      count(3);
      expectEqual('r4', expected);
    }

    for (const cond of Object.keys(JMP_MODEL) as JmpCond[]) {
      for (const [left, right] of JMP_PAIRS) {
        for (const form of ['imm', 'reg'] as const) {
          checks++;
          a.lddw('r1', left);
          a.lddw('r2', BigInt(right));
          a.mov('r0', checks);
          const src = form === 'reg' ? 'r2' : right;
          let taken = JMP_MODEL[cond](left, U64(BigInt(right)));
          if (checks === wrongAt) taken = !taken;
          count(4);
          if (taken) {
            const ok: Label = a.newLabel(`ok_${checks}`);
            a.jumpIf(cond, 'r1', src, ok);
            a.jump(fail);
            a.bind(ok);
          } else {
            a.jumpIf(cond, 'r1', src, fail);
          }
        }
      }
    }
    a.mov('r0', 0);
    a.exit();
    count(2);
    a.bind(fail);
    a.exit();
  });
  return { ...built, checks };
}

const aluOk = selfCheck();
const aluBroken = selfCheck(5);

/** Calls `name` with r1..r5 = 0, then logs r0: enough to see whether the runtime knows the syscall. */
const syscallProbe = (name: SyscallName) => program((a) => {
  for (const reg of ['r1', 'r2', 'r3', 'r4', 'r5'] as const) a.mov(reg, 0);
  a.syscall(name);
  a.mov('r1', 'r0');
  a.syscall('sol_log_64_');
  a.mov('r0', 0);
  a.exit();
});

// ───────────────────────────── runtimes ─────────────────────────────

interface Outcome { logs: string[] }
interface Runtime {
  payer: Keypair;
  send(ixs: TransactionInstruction[], signers?: Keypair[]): Promise<Outcome>;
  rent(bytes: number): Promise<number>;
  /** A program deployed through the upgradeable loader becomes callable in the next slot. */
  nextSlot(): Promise<void>;
}

const programId = (name: string) => Keypair.fromSeed(createHash('sha256').update(`tests/sbf/loaders:${name}`).digest()).publicKey;

const PROGRAMS: Record<string, Uint8Array> = {
  hello: hello.so, custom_error: customError.so, rodata_reads: rodataReads.so, internal_call: internalCall.so,
  alu_ok: aluOk.so, alu_broken: aluBroken.so,
  ...Object.fromEntries(SYSCALL_NAMES.map((name) => [`probe_${name}`, syscallProbe(name).so])),
};

const invocation = (id: PublicKey) => new TransactionInstruction({ programId: id, keys: [], data: Buffer.alloc(0) });

function litesvm(): Runtime {
  const svm = new LiteSVM();
  for (const [name, so] of Object.entries(PROGRAMS)) svm.addProgram(address(programId(name).toBase58()), so);
  const payer = Keypair.generate();
  svm.airdrop(address(payer.publicKey.toBase58()), lamports(10_000_000_000n));
  return {
    payer,
    async send(ixs, signers = []) {
      const tx = new Transaction({ feePayer: payer.publicKey, recentBlockhash: svm.latestBlockhash() }).add(...ixs);
      tx.sign(payer, ...signers);
      const result = svm.sendTransaction(getTransactionDecoder().decode(tx.serialize()));
      svm.expireBlockhash();
      return { logs: result instanceof FailedTransactionMetadata ? result.meta().logs() : result.logs() };
    },
    rent: async (bytes) => Number(svm.minimumBalanceForRentExemption(BigInt(bytes))),
    nextSlot: async () => svm.warpToSlot(svm.getClock().slot + 1n),
  };
}

/**
 * The programs are named in an Anchor.toml that startAnchor reads: solana-bankrun 0.4.0's start() reads the names
 * passed to it on a tokio thread after the call has returned, from strings a garbage collection may have freed.
 */
async function bankrun(): Promise<Runtime> {
  const dir = mkdtempSync(join(tmpdir(), 'sbf-loaders-'));
  const deployDir = join(dir, 'target/deploy');
  mkdirSync(deployDir, { recursive: true });
  for (const [name, so] of Object.entries(PROGRAMS)) writeFileSync(join(deployDir, `${name}.so`), so);
  writeFileSync(join(dir, 'Anchor.toml'), `[programs.localnet]\n${Object.keys(PROGRAMS).map((name) => `${name} = "${programId(name).toBase58()}"`).join('\n')}\n`);
  process.env.BPF_OUT_DIR = deployDir;
  process.env.SBF_OUT_DIR = deployDir;
  process.env.RUST_LOG ??= 'error';
  const context = await startAnchor(dir, [], []);
  rmSync(dir, { recursive: true });
  return {
    payer: context.payer,
    async send(ixs, signers = []) {
      const [blockhash] = (await context.banksClient.getLatestBlockhash())!;
      const tx = new Transaction({ feePayer: context.payer.publicKey, recentBlockhash: blockhash }).add(...ixs);
      tx.sign(context.payer, ...signers);
      const result = await context.banksClient.tryProcessTransaction(tx);
      return { logs: result.meta?.logMessages ?? [] };
    },
    rent: async (bytes) => Number((await context.banksClient.getRent()).minimumBalance(BigInt(bytes))),
    // bankrun 0.4.0 hangs on the next invoke after warping two or more slots past a deploy; one is fine.
    nextSlot: async () => context.warpToSlot((await context.banksClient.getSlot()) + 1n),
  };
}

const UPGRADEABLE_LOADER = new PublicKey('BPFLoaderUpgradeab1e11111111111111111111111');
const WRITE_CHUNK = 900;

/**
 * Deploys `so` with BPFLoaderUpgradeable (InitializeBuffer, Write…, DeployWithMaxDataLen): the path
 * that loads the ELF with reject_broken_elfs, i.e. the checks a real cluster applies.
 */
async function deploy(runtime: Runtime, so: Uint8Array, program: Keypair): Promise<Outcome> {
  const { payer } = runtime;
  const buffer = Keypair.generate();
  const data = (...fields: (number | bigint | Uint8Array)[]) => Buffer.concat(fields.map((f) => {
    if (f instanceof Uint8Array) return f;
    const b = Buffer.alloc(typeof f === 'bigint' ? 8 : 4);
    if (typeof f === 'bigint') b.writeBigUInt64LE(f); else b.writeUInt32LE(f);
    return b;
  }));
  const meta = (pubkey: PublicKey, isSigner: boolean, isWritable: boolean) => ({ pubkey, isSigner, isWritable });
  await runtime.send([
    SystemProgram.createAccount({ fromPubkey: payer.publicKey, newAccountPubkey: buffer.publicKey, lamports: await runtime.rent(37 + so.length), space: 37 + so.length, programId: UPGRADEABLE_LOADER }),
    new TransactionInstruction({ programId: UPGRADEABLE_LOADER, keys: [meta(buffer.publicKey, false, true), meta(payer.publicKey, false, false)], data: data(0) }),
  ], [buffer]);
  for (let offset = 0; offset < so.length; offset += WRITE_CHUNK) {
    const chunk = so.subarray(offset, offset + WRITE_CHUNK);
    await runtime.send([new TransactionInstruction({
      programId: UPGRADEABLE_LOADER, keys: [meta(buffer.publicKey, false, true), meta(payer.publicKey, true, false)],
      data: data(1, offset, BigInt(chunk.length), chunk),
    })]);
  }
  const [programData] = PublicKey.findProgramAddressSync([program.publicKey.toBuffer()], UPGRADEABLE_LOADER);
  return runtime.send([
    SystemProgram.createAccount({ fromPubkey: payer.publicKey, newAccountPubkey: program.publicKey, lamports: await runtime.rent(36), space: 36, programId: UPGRADEABLE_LOADER }),
    new TransactionInstruction({
      programId: UPGRADEABLE_LOADER,
      keys: [
        meta(payer.publicKey, true, true), meta(programData, false, true), meta(program.publicKey, false, true), meta(buffer.publicKey, false, true),
        meta(SYSVAR_RENT_PUBKEY, false, false), meta(SYSVAR_CLOCK_PUBKEY, false, false), meta(SystemProgram.programId, false, false), meta(payer.publicKey, true, false),
      ],
      data: data(2, BigInt(so.length * 2)),
    }),
  ], [program]);
}

// ───────────────────────────── tests ─────────────────────────────

describe.each([['litesvm'], ['bankrun']] as const)('%s', (runtimeName) => {
  let runtime: Runtime;
  beforeAll(async () => {
    runtime = runtimeName === 'litesvm' ? litesvm() : await bankrun();
  }, 60_000);

  const run = (name: string) => runtime.send([invocation(programId(name))]);
  const id = (name: string) => programId(name).toBase58();

  it('logs a .rodata string with sol_log_ and returns 0', async () => {
    expect((await run('hello')).logs).toEqual([
      `Program ${id('hello')} invoke [1]`,
      'Program log: hello from an assembled ELF',
      `Program ${id('hello')} consumed ${hello.executed + 100} of 200000 compute units`,
      `Program ${id('hello')} success`,
    ]);
  });

  it('returns custom error 6000', async () => {
    expect((await run('custom_error')).logs).toEqual([
      `Program ${id('custom_error')} invoke [1]`,
      `Program ${id('custom_error')} consumed ${customError.executed} of 200000 compute units`,
      `Program ${id('custom_error')} failed: custom program error: 0x1770`,
    ]);
  });

  it('reads .rodata through an addend and from an 8-aligned blob', async () => {
    expect((await run('rodata_reads')).logs.slice(1)).toEqual([
      'Program log: world',
      'Program log: 0x1122334455667788, 0x0, 0x0, 0x0, 0x0',
      `Program ${id('rodata_reads')} consumed ${rodataReads.executed + 200} of 200000 compute units`,
      `Program ${id('rodata_reads')} success`,
    ]);
  });

  it('calls an internal function that uses its own stack frame and keeps r6', async () => {
    expect((await run('internal_call')).logs.slice(1)).toEqual([
      'Program log: 0x2a, 0x7, 0x0, 0x0, 0x0',
      `Program ${id('internal_call')} consumed ${internalCall.executed + 100} of 200000 compute units`,
      `Program ${id('internal_call')} success`,
    ]);
  });

  it(`passes all ${aluOk.checks} ALU, memory and jump checks`, async () => {
    expect((await run('alu_ok')).logs.slice(1)).toEqual([
      `Program ${id('alu_ok')} consumed ${aluOk.executed} of 200000 compute units`,
      `Program ${id('alu_ok')} success`,
    ]);
  });

  it('reports the index of a failing check as the error code', async () => {
    expect((await run('alu_broken')).logs.at(-1)).toBe(`Program ${id('alu_broken')} failed: custom program error: 0x5`);
  });

  it.each([...SYSCALL_NAMES])('resolves syscall %s', async (name) => {
    const logs = (await run(`probe_${name}`)).logs;
    expect(logs.at(-1)).toMatch(new RegExp(`^Program ${id(`probe_${name}`)} (success|failed: .+)$`));
    expect(logs.join('\n')).not.toMatch(/unsupported BPF instruction|Unresolved symbol/);
  });

  it('deploys through BPFLoaderUpgradeable (the strict ELF checks) and then runs', async () => {
    const program = Keypair.fromSeed(createHash('sha256').update('tests/sbf/loaders:deployed').digest());
    const deployed = await deploy(runtime, hello.so, program);
    expect(deployed.logs).toContain(`Deployed program ${program.publicKey.toBase58()}`);
    await runtime.nextSlot();
    expect((await runtime.send([invocation(program.publicKey)])).logs.slice(1)).toEqual([
      'Program log: hello from an assembled ELF',
      `Program ${program.publicKey.toBase58()} consumed ${hello.executed + 100} of 200000 compute units`,
      `Program ${program.publicKey.toBase58()} success`,
    ]);
  });
});
