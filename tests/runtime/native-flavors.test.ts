// Which host flavor runs a program natively, chosen from the anchor-lang release its crate pins, and what
// `poseidon test --runtime native` says of a release no flavor hosts (src/runtime/native-flavors.ts,
// src/runtime/project.ts), and that one host holds one line. The flavors themselves run in tests/execution/anchor-versions.test.ts and HFMMT.
import { describe, expect, it } from 'vitest';
import { Keypair } from '@solana/web3.js';
import { nativeFlavorOf } from '../../src/runtime/native-flavors.js';
import { nativeHost } from '../../src/runtime/native-host.js';
import { nativeAnchorRefusal } from '../../src/runtime/project.js';

describe('native host flavors', () => {
  it.each([
    ['1.2.2', 'solana-program-test 3.1.12'],
    ['0.32.1', 'solana-program-test 2.3.13'],
    ['0.32.0', 'solana-program-test 2.3.13'],
    ['0.31.1', 'solana-program-test 2.3.13'],
    ['0.30.1', 'solana-program-test 1.18.26'],
    ['0.29.0', 'solana-program-test 1.18.26'],
  ])('anchor-lang %s runs under %s, and --runtime native accepts it', (version, stack) => {
    expect(nativeFlavorOf(version)?.stack).toBe(stack);
    expect(nativeAnchorRefusal('counter', version, 'programs/counter/Cargo.toml')).toBeNull();
  });

  it('refuses programs of two Solana lines in one host, naming both, before building anything', async () => {
    const program = (name: string, version: string) => ({
      programId: Keypair.generate().publicKey,
      workspace: new Map([[`programs/${name}/Cargo.toml`, `[dependencies]\nanchor-lang = "=${version}"\n`]]),
    });
    await expect(nativeHost([program('a', '1.2.2'), program('b', '0.32.1')])).rejects.toThrow(
      'the native runtime links one Solana line per host, and these programs pin anchor-lang 0.32.1, 1.2.2 '
        + '(solana-program-test 2.3.13, solana-program-test 3.1.12): run them on separate runtimes',
    );
  });
});
