// Keypair files: reading the Solana CLI format and each way it can be unusable; creating one.
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createKeypairFile, readKeypairFile } from '../../src/deploy/keypair.js';
import { tempProject } from '../cli/helpers.js';
import { seededKeypair, writeKeypair } from './helpers.js';

describe('readKeypairFile', () => {
  it('reads a JSON array of 64 bytes', () => {
    const dir = tempProject();
    const keypair = seededKeypair('keypair file');
    writeKeypair(join(dir, 'id.json'), keypair);
    const read = readKeypairFile(join(dir, 'id.json'), 'id.json');
    expect(read.ok && read.keypair.publicKey.toBase58()).toBe(keypair.publicKey.toBase58());
  });

  it('reports a missing file', () => {
    expect(readKeypairFile(join(tempProject(), 'none.json'), 'none.json')).toEqual({ ok: false, error: 'cannot read keypair none.json: no such file or directory' });
  });

  it('reports an array of the wrong length', () => {
    const path = join(tempProject(), 'short.json');
    writeFileSync(path, JSON.stringify(Array(32).fill(1)));
    expect(readKeypairFile(path, 'short.json')).toEqual({ ok: false, error: 'short.json is not a keypair file (expected a JSON array of 64 numbers from 0 to 255)' });
  });

  it('reports text that is not JSON', () => {
    const path = join(tempProject(), 'text.json');
    writeFileSync(path, 'seed phrase words');
    expect(readKeypairFile(path, 'text.json')).toEqual({ ok: false, error: 'text.json is not a keypair file (expected a JSON array of 64 numbers from 0 to 255)' });
  });
});

describe('createKeypairFile', () => {
  it('writes a readable keypair only its owner can read', () => {
    const path = join(tempProject(), 'target/deploy/x-keypair.json');
    const created = createKeypairFile(path, 'x-keypair.json');
    const read = readKeypairFile(path, 'x-keypair.json');
    expect([statSync(path).mode & 0o777, created.ok && read.ok && read.keypair.publicKey.equals(created.keypair.publicKey)]).toEqual([0o600, true]);
  });

  it('never replaces an existing file', () => {
    const path = join(tempProject(), 'x-keypair.json');
    writeFileSync(path, '[1]');
    expect([createKeypairFile(path, 'x-keypair.json'), readFileSync(path, 'utf8')])
      .toEqual([{ ok: false, error: 'cannot create keypair x-keypair.json: the file already exists' }, '[1]']);
  });
});
