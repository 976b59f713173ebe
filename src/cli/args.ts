// Command-line option parsing for one command, on top of Node's util.parseArgs (strict mode).
// In: argv after the command name and the command's option table. Out: the parsed values and
// positionals, or a one-sentence usage error; never an exception.
import { parseArgs, type ParseArgsConfig } from 'node:util';

export type OptionTable = NonNullable<ParseArgsConfig['options']>;

export type ParsedArgs =
  | { ok: true; values: Record<string, string | boolean | undefined>; positionals: string[] }
  | { ok: false; error: string };

export function parseCommandArgs(argv: string[], options: OptionTable, allowPositionals: boolean): ParsedArgs {
  try {
    const { values, positionals } = parseArgs({ args: argv, options, allowPositionals, strict: true });
    return { ok: true, values: values as Record<string, string | boolean | undefined>, positionals };
  } catch (err) {
    // Node's messages go on with advice about `--`; the first sentence says what is wrong.
    const message = err instanceof Error ? err.message : String(err);
    return { ok: false, error: message.split(/\.\s|\.$|\n/)[0] };
  }
}
