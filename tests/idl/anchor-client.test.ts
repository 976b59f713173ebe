// Interop: @coral-xyz/anchor 0.32.1 loads our IDL and encodes, decodes and resolves accounts with it.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import anchor, { AnchorProvider, Program, Wallet } from '@coral-xyz/anchor';
import { Connection, Keypair, PublicKey } from '@solana/web3.js';
import { describe, expect, it } from 'vitest';
import { emitIdl } from '../../src/backends/idl/index.js';
import { compileFile } from '../../src/frontend/index.js';
import { profileProgram } from './programs.js';

const { BN } = anchor;
const PROGRAM_ID = new PublicKey(profileProgram().programId);
const CREATE_PROFILE = [225, 205, 234, 143, 17, 186, 50, 220];
const PROFILE = [184, 101, 165, 188, 95, 63, 127, 188];

function client(wallet = Keypair.generate()): Program {
  // Nothing here talks to the network: instruction building and coders are local.
  const provider = new AnchorProvider(new Connection('http://127.0.0.1:1'), new Wallet(wallet), {});
  return new Program(emitIdl(profileProgram()) as anchor.Idl, provider);
}

const u32le = (n: number): number[] => [n & 0xff, (n >> 8) & 0xff, (n >> 16) & 0xff, n >>> 24];
const u64le = (n: number): Buffer => Buffer.from(new BN(n).toArray('le', 8));

describe('@coral-xyz/anchor 0.32.1 with our IDL', () => {
  it('encodes instruction data as sighash + borsh args', () => {
    const data = client().coder.instruction.encode('createProfile', { displayName: 'al', id: new BN(258) });
    expect([...data]).toEqual([...CREATE_PROFILE, ...u32le(2), 97, 108, 2, 1, 0, 0, 0, 0, 0, 0]);
  });

  it('encodes an account with Pubkey, Str, Vec and u128 fields as discriminator + borsh', async () => {
    const owner = Keypair.generate().publicKey;
    const encoded = await client().coder.accounts.encode('profile', {
      owner, displayName: 'bo', scores: [new BN(1), new BN(2)], totalPoints: new BN(2).pow(new BN(100)),
    });
    const u128 = [...new BN(2).pow(new BN(100)).toArray('le', 16)];
    expect([...encoded]).toEqual([
      ...PROFILE, ...owner.toBytes(), ...u32le(2), 98, 111, ...u32le(2), ...u64le(1), ...u64le(2), ...u128,
    ]);
  });

  it('decodes what it encoded', async () => {
    const program = client();
    const owner = Keypair.generate().publicKey;
    const encoded = await program.coder.accounts.encode('profile', {
      owner, displayName: 'bo', scores: [new BN(7)], totalPoints: new BN('340282366920938463463374607431768211455'),
    });
    const decoded = program.coder.accounts.decode('profile', encoded);
    expect({
      owner: decoded.owner.toBase58(),
      displayName: decoded.displayName,
      scores: decoded.scores.map((s: InstanceType<typeof BN>) => s.toString()),
      totalPoints: decoded.totalPoints.toString(),
    }).toEqual({ owner: owner.toBase58(), displayName: 'bo', scores: ['7'], totalPoints: '340282366920938463463374607431768211455' });
  });

  it('derives the PDA from const, account-key and arg seeds', async () => {
    const wallet = Keypair.generate();
    const ix = await client(wallet).methods.createProfile('al', new BN(9)).accounts({}).instruction();
    const [expected] = PublicKey.findProgramAddressSync(
      [Buffer.from('profile'), wallet.publicKey.toBuffer(), u64le(9)], PROGRAM_ID);
    expect(ix.keys[1]).toEqual({ pubkey: expected, isSigner: false, isWritable: true });
  });

  it('loads the IDL of every shared test program (tests/programs) with a method per instruction', () => {
    const dir = fileURLToPath(new URL('../programs/', import.meta.url));
    const loaded = readdirSync(dir).filter((f) => f.endsWith('.ts')).map((file) => {
      const { program } = compileFile(join(dir, file));
      if (!program) return `${file}: does not compile`;
      const client = new Program(emitIdl(program) as anchor.Idl, new AnchorProvider(new Connection('http://127.0.0.1:1'), new Wallet(Keypair.generate()), {}));
      return Object.keys(client.methods).length === program.instructions.length ? `${file}: ok` : `${file}: methods missing`;
    });
    expect(loaded.filter((l) => !l.endsWith(': ok'))).toEqual([]);
  }, 30_000);

  it('fills the signer with the wallet and system_program with its address', async () => {
    const wallet = Keypair.generate();
    const ix = await client(wallet).methods.createProfile('al', new BN(9)).accounts({}).instruction();
    expect([ix.keys[0], ix.keys[2]]).toEqual([
      { pubkey: wallet.publicKey, isSigner: true, isWritable: true },
      { pubkey: new PublicKey('11111111111111111111111111111111'), isSigner: false, isWritable: false },
    ]);
  });
});
