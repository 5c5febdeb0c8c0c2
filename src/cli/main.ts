import { Command, CommanderError, Option } from 'commander';
import { OutputError } from '../io/atomicFile';
import { InputError } from '../io/inputError';
import { Interrupted } from './interrupted';
import { runAudit } from './audit';
import { runMerge } from './merge';
import { UsageError } from './usageError';

/** Builds the `ddss` command line. Exit codes: 0 ran and nothing fails, 1 some records fail, 2 could not run. */
export function buildProgram(setExitCode: (code: number) => void): Command {
  const program = new Command('ddss')
    .description('Kiểm tra dữ liệu dân cư: Đúng · Đủ · Sạch · Sống — check Vietnamese population records: correct, complete, clean, live')
    .version('0.1.0')
    .exitOverride()
    .configureOutput({ outputError: (text, write) => write(`${usageLine(text.split('\n')[0]!)}\n`) });

  program
    .command('audit')
    .description('audit a file (CSV, TSV, NDJSON, JSON array, XLSX) or - for standard input, and report on every record')
    .argument('<file>', 'input file, or - for standard input')
    .option('--profile <name|file.json>', 'profile: citizen, or a JSON profile file', 'citizen')
    .option('--as-of <YYYY-MM-DD>', 'judge records as of this day (default: today)')
    .option('--columns <col=field,...>', 'map your column names to profile fields')
    .option('--records <out.ndjson>', 'write one JSON report per record (- for standard output)')
    .option('--summary <out.json>', 'write the dataset summary (mergeable with ddss merge)')
    .option('--cleaned <out.csv>', 'write the input with safe fixes applied and score/verdict columns')
    .option('--markdown <out.md>', 'write a Markdown report')
    .option('--html <out.html>', 'write a self-contained HTML report')
    .option('--workers <N>', 'worker threads (default: the cores available, none for a file under 8 MiB; 0 = none)')
    .option('--shard', 'keep the dataset-level state in the summary, so ddss merge finds duplicates across shards (large)')
    .option('--first-row <N>', 'number the records from N (default 1): a shard gives the row its first record has in the whole dataset')
    .addOption(new Option('--format <format>', 'input format (default: from the extension, else sniffed)').choices(['csv', 'tsv', 'ndjson', 'json', 'xlsx']))
    .addOption(new Option('--encoding <encoding>', 'text encoding (default: detected)').choices(['utf-8', 'utf-16le', 'utf-16be', 'windows-1258']))
    .option('--sheet <name|N>', 'XLSX: the worksheet to read, by name or 1-based position (default: the first)')
    .option('--header-row <N>', 'CSV/XLSX: the header is the Nth non-blank row, the rows above it are skipped (default: of the first 30 rows, the one naming the most fields, at least 2, else the first row)')
    .option('--no-mask', 'show personal data unmasked in outputs')
    .addOption(new Option('--lang <vi|en>', 'language of messages').default('vi'))
    .addOption(new Option('--fail-on <error|warn|never>', 'which verdict makes the exit code 1').default('error'))
    .option('--quiet', 'print nothing on success')
    .action(async (file: string, options) => {
      setExitCode(await runAudit(file, options, process.stdin, process.stdout));
    });
  program
    .command('merge')
    .description('merge shard summaries (from ddss audit --summary, with --first-row) into the summary of one run over all shards')
    .argument('<summaries...>', 'summary JSON files')
    .option('--profile <file.json>', 'the profile the shards were audited with, when it is not built in (to merge their dataset state)')
    .option('--summary <out.json>', 'write the merged summary here (default: standard output)')
    .option('--markdown <out.md>', 'write a Markdown report of the merged summary')
    .option('--html <out.html>', 'write an HTML report of the merged summary')
    .option('--no-mask', 'show dataset findings unmasked (when the shards were audited with --no-mask)')
    .addOption(new Option('--lang <vi|en>', 'language of reports').default('vi'))
    .action(async (files: string[], options) => {
      setExitCode(await runMerge(files, options, process.stdout));
    });
  return program;
}

// Commander's own errors (unknown option, missing argument …), in Vietnamese first like ours.
const USAGE_VI: readonly [RegExp, (...parts: string[]) => string][] = [
  [/^unknown option '(.+?)'/u, (o) => `không có tùy chọn '${o}'`],
  [/^missing required argument '(.+?)'/u, (a) => `thiếu tham số bắt buộc '${a}'`],
  [/^option '(.+?)' argument missing/u, (o) => `tùy chọn '${o}' thiếu giá trị`],
  [/^option '(.+?)' argument '(.+?)' is invalid/u, (o, v) => `giá trị '${v}' của tùy chọn '${o}' không hợp lệ`],
  [/^unknown command '(.+?)'/u, (c) => `không có lệnh '${c}'`],
  [/^too many arguments/u, () => 'thừa tham số'],
];

function usageLine(text: string): string {
  const message = text.replace(/^error: /u, '');
  for (const [pattern, vi] of USAGE_VI) {
    const m = pattern.exec(message);
    if (m) return escapeControls(`ddss: ${vi(...m.slice(1))} — ${message}`);
  }
  return escapeControls(`ddss: ${message}`);
}

/**
 * Control characters (a newline, a terminal escape in a file's name) shown as escapes: an error is one line, and
 * text from a file name or an input must not drive the terminal it is printed on. Escaped, not blanked as reports'
 * `oneLine` does: an error names a file, and the exact name is what finds it.
 */
function escapeControls(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/gu, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** One line, Vietnamese first when the error has it: `không mở được … — cannot open …`. */
function bilingual(error: Error & { vi?: string }): string {
  return escapeControls(error.vi ? `${error.vi} — ${error.message}` : error.message);
}

/** The one line for a failure ddss did not foresee: its message only (no stack trace), in both languages. */
function unexpectedFailure(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return `ddss: ${escapeControls(`lỗi ngoài dự kiến — unexpected failure: ${message}`)}\n`;
}

export async function main(argv: string[]): Promise<number> {
  let code = 0;
  const program = buildProgram((c) => {
    code = c;
  });
  try {
    await program.parseAsync(argv, { from: 'user' });
    return code;
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version end through here with exit code 0.
      return error.exitCode === 0 ? 0 : 2;
    }
    if (error instanceof Interrupted) {
      process.stderr.write(`ddss: ${bilingual(error)}\n`);
      return error.exitCode;
    }
    if (error instanceof UsageError || error instanceof InputError || error instanceof OutputError) {
      process.stderr.write(`ddss: ${bilingual(error)}\n`);
      return 2;
    }
    process.stderr.write(unexpectedFailure(error));
    return 2;
  }
}

// Run when executed directly (the bin), not when imported by tests.
const invokedDirectly = process.argv[1] !== undefined && /(?:^|[\\/])(main\.(?:ts|js)|ddss)$/.test(process.argv[1]);
if (invokedDirectly) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(unexpectedFailure(error));
      process.exitCode = 2;
    },
  );
}
