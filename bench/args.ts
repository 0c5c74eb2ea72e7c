import { parseArgs } from 'node:util';

export type BenchPart = 'hostile' | 'paired' | 'scaling' | 'speed';

export const BENCH_PARTS: readonly BenchPart[] = [
  'speed',
  'paired',
  'scaling',
  'hostile',
];

export interface BenchOptions {
  /** Lint this many corpus files, spread evenly; all of them by default. */
  files: number | undefined;
  runs: number;
  /** Paired run: passes of every tool over the corpus. */
  rounds: number;
  /** Tool ids to run; all by default. The floor and the any-rule
   * reference always run. */
  tools: string[] | undefined;
  parts: BenchPart[];
  eslint: '9' | '10';
  /** Scaling: multiplies the synthetic inputs' sizes. */
  scale: number;
  /** Scaling: runs per input and size. */
  repeats: number;
  /** Scaling: also time the peers' ESLint rules. */
  peers: boolean;
  /** Per tool run, in minutes. */
  timeout: number;
  /** Where the report goes; by default `bench/RESULTS.md` for a full run. */
  output: string | undefined;
  help: boolean;
}

export interface EvalOptions {
  /** Lint this many corpus files for the corpus check; all by default. */
  files: number | undefined;
  tools: string[] | undefined;
  /** Skip the corpus check (the labeled cases only). */
  skipCorpus: boolean;
  /** Write the corpus findings that are not reviewed yet into the file. */
  update: boolean;
  timeout: number;
  help: boolean;
}

// Twice the synthetic inputs' base size: at the base size, the smaller
// rules' times at 8× are tens of milliseconds, where a collection or a
// slow minute of the machine moves the exponent past the flag.
const DEFAULT_SCALE = 2;

// Each round is one pass of every ESLint tool over the corpus (about three
// minutes here); five gave margins of 4–9% of the floor on a quiet machine,
// twice that on a busy one.
const DEFAULT_ROUNDS = 5;

export const BENCH_USAGE = `Usage: npm run bench -- [options]

  --files <n>     lint n corpus files, spread evenly (default: all)
  --runs <n>      timed runs of each tool, alternating (default: 3)
  --rounds <n>    paired run: passes of every tool over the corpus (default: 5)
  --tools <ids>   comma-separated tool ids (default: all; the floor and
                  any-rule, ESLint with one empty rule, always run)
  --parts <list>  comma-separated: speed, paired, scaling, hostile
                  (default: all)
  --eslint <v>    9 or 10 (default: 10)
  --scale <x>     scaling: size multiplier of the synthetic inputs (default: 2)
  --repeats <n>   scaling: runs per input and size, fastest kept (default: 5)
  --peers         scaling: also time the peers' ESLint rules
  --timeout <min> per tool run; the paired run gets it once per tool
                  (default: 30)
  --output <path> report file (default: bench/RESULTS.md for a full run,
                  bench/.cache/RESULTS.partial.md otherwise)`;

export const EVAL_USAGE = `Usage: npm run eval -- [options]

  --files <n>     corpus check on n files, spread evenly (default: all)
  --tools <ids>   comma-separated tool ids (default: all)
  --skip-corpus   labeled cases only
  --update        add corpus findings missing from bench/corpus-findings.json,
                  marked "unreviewed", and drop the entries no longer found
  --timeout <min> per tool run (default: 30)`;

/** Reads `npm run bench` options; throws on a bad value. */
export function parseBenchArgs(argv: readonly string[]): BenchOptions {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      files: { type: 'string' },
      runs: { type: 'string' },
      rounds: { type: 'string' },
      tools: { type: 'string' },
      parts: { type: 'string' },
      eslint: { type: 'string' },
      scale: { type: 'string' },
      repeats: { type: 'string' },
      peers: { type: 'boolean' },
      timeout: { type: 'string' },
      output: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
  });

  const parts = readList(values.parts) ?? [...BENCH_PARTS];
  for (const part of parts) {
    if (!BENCH_PARTS.includes(part as BenchPart)) {
      throw new Error(
        `--parts: unknown part "${part}" (known: ${BENCH_PARTS.join(', ')})`,
      );
    }
  }

  const eslint = values.eslint ?? '10';
  if (eslint !== '9' && eslint !== '10') {
    throw new Error(`--eslint: expected 9 or 10, found "${eslint}"`);
  }

  return {
    files: readCount(values.files, '--files'),
    runs: readCount(values.runs, '--runs') ?? 3,
    rounds: readCount(values.rounds, '--rounds') ?? DEFAULT_ROUNDS,
    tools: readList(values.tools),
    parts: parts as BenchPart[],
    eslint,
    scale: readPositive(values.scale, '--scale') ?? DEFAULT_SCALE,
    repeats: readCount(values.repeats, '--repeats') ?? 5,
    peers: values.peers ?? false,
    timeout: readPositive(values.timeout, '--timeout') ?? 30,
    output: values.output,
    help: values.help ?? false,
  };
}

/** Reads `npm run eval` options; throws on a bad value. */
export function parseEvalArgs(argv: readonly string[]): EvalOptions {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      files: { type: 'string' },
      tools: { type: 'string' },
      'skip-corpus': { type: 'boolean' },
      update: { type: 'boolean' },
      timeout: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
  });

  return {
    files: readCount(values.files, '--files'),
    tools: readList(values.tools),
    skipCorpus: values['skip-corpus'] ?? false,
    update: values.update ?? false,
    timeout: readPositive(values.timeout, '--timeout') ?? 30,
    help: values.help ?? false,
  };
}

/** The command that reproduces a run, with only the options given. */
export function formatBenchCommand(options: BenchOptions): string {
  const args: string[] = [];
  if (options.files !== undefined) {
    args.push(`--files ${String(options.files)}`);
  }
  if (options.runs !== 3) {
    args.push(`--runs ${String(options.runs)}`);
  }
  if (options.rounds !== DEFAULT_ROUNDS) {
    args.push(`--rounds ${String(options.rounds)}`);
  }
  if (options.tools) {
    args.push(`--tools ${options.tools.join(',')}`);
  }
  if (options.parts.length !== BENCH_PARTS.length) {
    args.push(`--parts ${options.parts.join(',')}`);
  }
  if (options.eslint !== '10') {
    args.push(`--eslint ${options.eslint}`);
  }
  if (options.scale !== DEFAULT_SCALE) {
    args.push(`--scale ${String(options.scale)}`);
  }
  if (options.repeats !== 5) {
    args.push(`--repeats ${String(options.repeats)}`);
  }
  if (options.peers) {
    args.push('--peers');
  }
  return withArgs('npm run bench', args);
}

/** The command that reproduces an evaluation. */
export function formatEvalCommand(options: EvalOptions): string {
  const args: string[] = [];
  if (options.files !== undefined) {
    args.push(`--files ${String(options.files)}`);
  }
  if (options.tools) {
    args.push(`--tools ${options.tools.join(',')}`);
  }
  if (options.skipCorpus) {
    args.push('--skip-corpus');
  }
  return withArgs('npm run eval', args);
}

function withArgs(command: string, args: readonly string[]): string {
  return args.length === 0 ? command : `${command} -- ${args.join(' ')}`;
}

function readList(value: string | undefined): string[] | undefined {
  if (value === undefined) {
    return undefined;
  }
  const items = value
    .split(',')
    .map(item => item.trim())
    .filter(item => item !== '');
  return items.length === 0 ? undefined : items;
}

function readCount(
  value: string | undefined,
  name: string,
): number | undefined {
  if (value === undefined) {
    return undefined;
  }
  const count = Number(value);
  if (!Number.isInteger(count) || count < 1) {
    throw new Error(
      `${name}: expected a whole number above 0, found "${value}"`,
    );
  }
  return count;
}

function readPositive(
  value: string | undefined,
  name: string,
): number | undefined {
  if (value === undefined) {
    return undefined;
  }
  const number = Number(value);
  if (!Number.isFinite(number) || number <= 0) {
    throw new Error(`${name}: expected a number above 0, found "${value}"`);
  }
  return number;
}
