// `poseidon keygen [<path>]`: a new wallet keypair file in the Solana CLI's format (what `solana-keygen new`
// writes: a JSON array of the 64 secret-key bytes, readable by its owner only), by default where
// `poseidon deploy` and `poseidon airdrop` look for the wallet. An existing file is never replaced: a
// keypair is an address that may hold funds.
// In: the command's argv, io and (for tests) the home folder. Out: the file; its path and public key on
// stdout; an exit code.
import { homedir } from 'node:os';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { generateProgramKeypair } from '../../scaffold/index.js';
import { parseCommandArgs } from '../args.js';
import { describeSystemError, EXIT_OK, reportError, reportUsageError, type CliIo } from '../io.js';
import { locateWallet } from '../wallet.js';
import { KEYGEN_USAGE } from '../usage.js';

const OPTIONS = { help: { type: 'boolean', short: 'h' } } as const;

export function keygenCommand(argv: string[], io: CliIo): Promise<number> {
  return Promise.resolve(runKeygen(argv, io, homedir()));
}

export function runKeygen(argv: string[], io: CliIo, homeDir: string): number {
  const args = parseCommandArgs(argv, OPTIONS, true);
  if (!args.ok) return reportUsageError(io, args.error, KEYGEN_USAGE);
  if (args.values.help) {
    io.stdout(KEYGEN_USAGE);
    return EXIT_OK;
  }
  if (args.positionals.length > 1) return reportUsageError(io, `expected at most one path, got ${args.positionals.length}`, KEYGEN_USAGE);
  const wallet = locateWallet(args.positionals[0], io.cwd, homeDir);
  const keypair = generateProgramKeypair();
  try {
    mkdirSync(dirname(wallet.path), { recursive: true, mode: 0o700 });
    writeFileSync(wallet.path, keypair.json, { mode: 0o600, flag: 'wx' });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') {
      return reportError(io, `${wallet.path} already exists; keygen never replaces a keypair (it may hold funds): give another path`);
    }
    return reportError(io, `cannot write ${wallet.path}: ${describeSystemError(err)}`);
  }
  const fund = `poseidon airdrop 2 --cluster devnet${wallet.given ? ` --keypair ${args.positionals[0]}` : ''}`;
  io.stdout(`Wrote a new keypair to ${wallet.path}\npubkey: ${keypair.publicKey}\nFund it on devnet with \`${fund}\`\n`);
  return EXIT_OK;
}
