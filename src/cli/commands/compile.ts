// `poseidon compile -i <file.ts> [-o <lib.rs>] [--sbf <out.so>] [--idl <out.json>] [--features a,b]`: one DSL
// file to Poseidon's single-file Anchor Rust, the deployable sBPF binary and/or the Anchor IDL; the binary is
// built with the program crate's Cargo features given (src/ir/features.ts), as `anchor build --features`.
// In: the command's argv and io. Out: the requested files; an exit code.
import { resolve } from 'node:path';
import { emitIdl, idlJson } from '../../backends/idl/index.js';
import { unknownFeatures, type ProgramFeature } from '../../ir/features.js';
import { parseCommandArgs } from '../args.js';
import { compileSourceFile, displayPath, emitElf } from '../compile-source.js';
import { describeSystemError, EXIT_FAILURE, EXIT_OK, reportError, reportUsageError, type CliIo } from '../io.js';
import { writeFileIfChanged } from '../output.js';
import { loadAnchorBackend } from '../toolchain.js';
import { COMPILE_USAGE } from '../usage.js';

const OPTIONS = {
  input: { type: 'string', short: 'i' },
  output: { type: 'string', short: 'o' },
  sbf: { type: 'string' },
  idl: { type: 'string' },
  features: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

export async function compileCommand(argv: string[], io: CliIo): Promise<number> {
  const args = parseCommandArgs(argv, OPTIONS, false);
  if (!args.ok) return reportUsageError(io, args.error, COMPILE_USAGE);
  if (args.values.help) {
    io.stdout(COMPILE_USAGE);
    return EXIT_OK;
  }
  const { input, output, sbf, idl, features } = args.values as Partial<Record<'input' | 'output' | 'sbf' | 'idl' | 'features', string>>;
  if (input === undefined) return reportUsageError(io, 'missing the input file (-i <file.ts>)', COMPILE_USAGE);
  if (output === undefined && sbf === undefined && idl === undefined) {
    return reportUsageError(io, 'nothing to write: give at least one of -o <lib.rs>, --sbf <out.so>, --idl <out.json>', COMPILE_USAGE);
  }

  const featureNames = features === undefined ? [] : features.split(',').map((f) => f.trim()).filter((f) => f !== '');
  const badFeature = unknownFeatures(featureNames)[0];
  if (badFeature !== undefined) return reportUsageError(io, `--features: ${badFeature}`, COMPILE_USAGE);

  const compiled = await compileSourceFile(io, resolve(io.cwd, input));
  if (!compiled) return EXIT_FAILURE;
  const program = featureNames.length > 0 ? { ...compiled, features: [...new Set(featureNames)] as ProgramFeature[] } : compiled;
  // Every output is produced before any is written, so a failure leaves no partial set behind.
  const files: [string, string | Uint8Array][] = [];
  if (output !== undefined) files.push([output, (await loadAnchorBackend()).emitSingleFile(program)]);
  if (sbf !== undefined) {
    const elf = await emitElf(io, program);
    if (!elf) return EXIT_FAILURE;
    files.push([sbf, elf]);
  }
  if (idl !== undefined) files.push([idl, idlJson(emitIdl(program))]);
  for (const [path, content] of files) {
    try {
      writeFileIfChanged(resolve(io.cwd, path), content);
    } catch (err) {
      return reportError(io, `cannot write ${displayPath(io.cwd, path)}: ${describeSystemError(err)}`);
    }
  }
  return EXIT_OK;
}
