// Hostile-name programs executed on both runtimes through @coral-xyz/anchor's own `Program`, built from the IDL we
// write: the client camelCases every IDL name, so an arg named `ctx`, an account named `ctx`, fields named
// `discriminator`, `INIT_SPACE` or `self_`, and locals and helpers spelled `r#match` in Rust must still round-trip
// every value (Given / When / Then; the failure first).
import { BN, Program, type Idl, type Provider } from '@coral-xyz/anchor';
import { Connection, Keypair, PublicKey, type TransactionInstruction } from '@solana/web3.js';
import { beforeEach, describe, expect, it } from 'vitest';
import { emitIdl } from '../../src/backends/idl/index.js';
import { sbfOutput } from '../support/sbf.js';
import { createRuntime, RUNTIME_KINDS, type Runtime } from '../../src/runtime/index.js';
import { compileHostile } from './workspace.js';

interface Loaded {
  name: string;
  programId: PublicKey;
  so: Uint8Array;
  client: Program;
}

/** The Anchor client never reaches the connection here: it only builds instructions and decodes data. */
const offlineProvider = { connection: new Connection('http://127.0.0.1:1') } as unknown as Provider;

function load(name: string): Loaded {
  const program = compileHostile(name);
  const idl = emitIdl(program) as unknown as Idl;
  return { name, programId: new PublicKey(program.programId), so: sbfOutput(program).elf, client: new Program(idl, offlineProvider) };
}

const ctxNames = load('ctx_names');
const fieldNames = load('field_names');
const keywordLocals = load('keyword_locals');

const pda = (seed: string, owner: PublicKey, programId: PublicKey): [PublicKey, number] =>
  PublicKey.findProgramAddressSync([Buffer.from(seed), owner.toBuffer()], programId);

/** A runtime with one hostile program deployed (they share one program id) and a funded payer. */
async function deploy(kind: (typeof RUNTIME_KINDS)[number], loaded: Loaded): Promise<{ rt: Runtime; payer: Keypair }> {
  const rt = await createRuntime(kind, { programs: [{ programId: loaded.programId, so: loaded.so, name: loaded.name }] });
  const payer = Keypair.generate();
  await rt.airdrop(payer.publicKey, 10_000_000_000n);
  return { rt, payer };
}

describe.each(RUNTIME_KINDS)('hostile names through the Anchor client on %s', (kind) => {
  describe('ctx_names: an arg and an account named ctx', () => {
    let rt: Runtime;
    let payer: Keypair;
    let store: PublicKey;
    let bump: number;
    const send = (ix: TransactionInstruction) => rt.send([ix], [payer]);
    const decodeStore = async () => ctxNames.client.coder.accounts.decode('store', Buffer.from((await rt.getAccount(store))!.data));

    beforeEach(async () => {
      ({ rt, payer } = await deploy(kind, ctxNames));
      [store, bump] = pda('store', payer.publicKey, ctxNames.programId);
      const ix = await ctxNames.client.methods.setUp(new BN(42)).accountsPartial({ payer: payer.publicKey, store }).instruction();
      expect((await send(ix)).error).toBeNull();
    });

    it('takes args named ctx and item longer than their N (which sizes accounts only), then counts the call', async () => {
      const ix = await ctxNames.client.methods.label('abcde', ['ab', 'cd', 'efghi'], [Buffer.from([1, 2, 3])]).accountsPartial({ payer: payer.publicKey, store }).instruction();
      expect((await send(ix)).error).toBeNull();
      expect((await decodeStore()).value.toString()).toBe('43');
    });

    it('stores the arg named ctx and the bump the Context found', async () => {
      const state = await decodeStore();
      expect(state.value.toString()).toBe('42');
      expect(state.bump).toBe(bump);
    });

    it('reads and writes through the account named ctx, with the signer named context', async () => {
      const ix = await ctxNames.client.methods.useContext(new BN(5)).accountsPartial({ context: payer.publicKey, ctx: store }).instruction();
      expect((await send(ix)).error).toBeNull();
      expect((await decodeStore()).value.toString()).toBe('47');
    });

    it('takes an arg spelled _ctx, which the client calls ctx, beside an unused Context', async () => {
      const ix = await ctxNames.client.methods.idle(new BN(7)).accounts({}).instruction();
      expect(ctxNames.client.idl.instructions.find((i) => i.name === 'idle')!.args.map((a) => a.name)).toEqual(['ctx']);
      expect((await rt.send([ix])).error).toBeNull();
    });

    it('decodes args named ctx and item within their N, then counts the call', async () => {
      const ix = await ctxNames.client.methods.label('abcd', ['ab', 'cdef'], [Buffer.from([1, 2]), Buffer.from([3])]).accountsPartial({ payer: payer.publicKey, store }).instruction();
      expect((await send(ix)).error).toBeNull();
      expect((await decodeStore()).value.toString()).toBe('43');
    });
  });

  describe('field_names: fields named like what Anchor derives', () => {
    it('round-trips every field of the record and of its event', async () => {
      const { rt, payer } = await deploy(kind, fieldNames);
      const [record] = pda('record', payer.publicKey, fieldNames.programId);
      const inner = { discriminator: new BN(11), serialize: 1, deserialize: 2, new: 3 };
      const ix = await fieldNames.client.methods.write(inner).accountsPartial({ user: payer.publicKey, record }).instruction();
      const r = await rt.send([ix], [payer]);
      expect(r.error).toBeNull();

      const state = fieldNames.client.coder.accounts.decode('record', Buffer.from((await rt.getAccount(record))!.data));
      expect(Object.keys(state)).toEqual([
        'discriminator', 'initSpace', 'owner', 'lamports', 'data', 'tryFrom', 'len', 'clone', 'default', 'self', 'ctx', 'bumps', 'accounts',
      ]);
      expect(state.discriminator.toString()).toBe('1');
      expect(state.initSpace.toString()).toBe('2');
      expect(state.owner.equals(payer.publicKey)).toBe(true);
      expect(state.lamports.toString()).toBe('2');
      expect({ ...state.data, discriminator: state.data.discriminator.toString() }).toEqual({ ...inner, discriminator: '11' });
      expect([state.tryFrom, state.len, state.clone, state.default, state.self, state.ctx, state.bumps, state.accounts]).toEqual([3, 4, 5, 6, 7, 8, 9, 10]);

      const data = r.logs.find((l) => l.startsWith('Program data: '))!.slice('Program data: '.length);
      const event = fieldNames.client.coder.events.decode(data)!;
      expect(event.name).toBe('written');
      expect(event.data.discriminator.toString()).toBe('1');
      expect(event.data.data.discriminator.toString()).toBe('11');
      expect(event.data.info.equals(payer.publicKey)).toBe(true);
    });
  });

  describe('keyword_locals: locals and a helper that are Rust keywords', () => {
    it('computes through r#match, r#type, r#mut, r#fn… and stores the result', async () => {
      const { rt, payer } = await deploy(kind, keywordLocals);
      const [store, bump] = pda('store', payer.publicKey, keywordLocals.programId);
      const ix = await keywordLocals.client.methods.run(new BN(10), 'abc').accountsPartial({ payer: payer.publicKey, store }).instruction();
      expect((await rt.send([ix], [payer])).error).toBeNull();
      const state = keywordLocals.client.coder.accounts.decode('store', Buffer.from((await rt.getAccount(store))!.data));
      // match = 11, type = 22, mut = 21 + total 0, fn(mut) = 22, ctx = 23, handler = ctx + bump, then +1 twice.
      expect(state.total.toString()).toBe(String(25 + bump));
      expect(state.label).toBe('abc');
    });
  });
});
