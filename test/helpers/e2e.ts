import { createHash } from 'node:crypto';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

import {
  packPlugin,
  REPOSITORY_ROOT,
  run,
  type RunResult,
} from './packedPlugin.js';

/** One message of ESLint's `json` formatter. */
export interface LintMessage {
  ruleId: string | null;
  message: string;
  line: number;
  column: number;
  fatal?: boolean;
  fix?: { range: [number, number]; text: string };
  suggestions?: { desc: string; fix: { text: string } }[];
}

/** One file of ESLint's `json` formatter. */
export interface LintResult {
  filePath: string;
  messages: LintMessage[];
  errorCount: number;
  fatalErrorCount: number;
  fixableErrorCount: number;
  fixableWarningCount: number;
  source?: string;
  output?: string;
}

// What `npm pack` puts in the tarball and what the build reads: a tarball
// packed from the same inputs is the same package.
const PACKED_INPUTS = [
  'package.json',
  'tsconfig.json',
  'tsconfig.build.json',
  'README.md',
  'LICENSE',
  'CHANGELOG.md',
  'src',
  'rules',
  'docs',
];

const PACK_CACHE = path.join(tmpdir(), 'secret-hygiene-e2e-pack');
const LOCK_STALE_MS = 10 * 60_000;
const LOCK_TIMEOUT_MS = 5 * 60_000;
const CACHE_MAX_AGE_MS = 24 * 60 * 60_000;

/**
 * Builds and packs the plugin once for all end-to-end test files: vitest
 * runs them in parallel processes, and two builds writing `dist/` at once
 * would pack a half-written package. The tarball is kept under a hash of its
 * inputs, so a changed source is always packed again.
 */
export async function packPluginOnce(): Promise<string> {
  mkdirSync(PACK_CACHE, { recursive: true });
  const folder = path.join(PACK_CACHE, hashPackedInputs());
  const lock = path.join(PACK_CACHE, 'lock');
  await acquireLock(lock);
  try {
    const packed = findTarball(folder);
    if (packed !== undefined) {
      return packed;
    }

    removeOldPacks();
    // Pack beside, then rename: a crash never leaves a half-written folder.
    const staging = mkdtempSync(path.join(PACK_CACHE, 'staging-'));
    const tarball = packPlugin(staging);
    renameSync(staging, folder);
    return path.join(folder, path.basename(tarball));
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

function hashPackedInputs(): string {
  const hash = createHash('sha256');
  for (const file of PACKED_INPUTS.flatMap(listFiles)) {
    hash.update(file);
    hash.update(readFileSync(path.join(REPOSITORY_ROOT, file)));
  }
  return hash.digest('hex').slice(0, 16);
}

function listFiles(relative: string): string[] {
  const absolute = path.join(REPOSITORY_ROOT, relative);
  if (!existsSync(absolute)) {
    return [];
  }
  if (!statSync(absolute).isDirectory()) {
    return [relative];
  }
  return readdirSync(absolute)
    .sort()
    .flatMap(entry => listFiles(path.join(relative, entry)));
}

function findTarball(folder: string): string | undefined {
  if (!existsSync(folder)) {
    return undefined;
  }
  const tarball = readdirSync(folder).find(file => file.endsWith('.tgz'));
  return tarball === undefined ? undefined : path.join(folder, tarball);
}

function removeOldPacks(): void {
  const now = Date.now();
  for (const entry of readdirSync(PACK_CACHE)) {
    const folder = path.join(PACK_CACHE, entry);
    if (now - statSync(folder).mtimeMs > CACHE_MAX_AGE_MS) {
      rmSync(folder, { recursive: true, force: true });
    }
  }
}

// `mkdir` either creates the folder or fails: an atomic lock across
// processes. A lock left by a killed run is taken over after a while.
async function acquireLock(lock: string): Promise<void> {
  const deadline = Date.now() + LOCK_TIMEOUT_MS;
  for (;;) {
    try {
      mkdirSync(lock);
      return;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') {
        throw error;
      }
    }

    if (isStale(lock)) {
      rmSync(lock, { recursive: true, force: true });
      continue;
    }

    if (Date.now() > deadline) {
      throw new Error(`Timed out waiting for the pack lock ${lock}`);
    }
    await sleep(250);
  }
}

function isStale(lock: string): boolean {
  try {
    return Date.now() - statSync(lock).mtimeMs > LOCK_STALE_MS;
  } catch {
    return false;
  }
}

/** Copies `examples/service` into `destination`, which it creates. */
export function copyExampleService(destination: string): string {
  cpSync(path.join(REPOSITORY_ROOT, 'examples', 'service'), destination, {
    recursive: true,
  });
  return destination;
}

/** Runs the project's own ESLint binary in `cwd`. */
export function runEslint(
  project: string,
  cwd: string,
  args: readonly string[],
  env: Readonly<Record<string, string>> = {},
): RunResult {
  const eslint = path.join(project, 'node_modules', '.bin', 'eslint');
  return run(eslint, args, cwd, env);
}

/** Runs ESLint with the `json` formatter and parses what it printed. */
export function lintJson(
  project: string,
  cwd: string,
  args: readonly string[],
): { status: number; results: LintResult[]; stderr: string } {
  const result = runEslint(project, cwd, ['--format', 'json', ...args]);
  if (result.stdout === '') {
    throw new Error(
      `ESLint printed nothing (exit ${String(result.status)}): ${result.stderr}`,
    );
  }
  return {
    status: result.status,
    results: JSON.parse(result.stdout) as LintResult[],
    stderr: result.stderr,
  };
}

/**
 * The findings as `file:line rule`, with paths relative to `cwd`, sorted: a
 * short form that reads well in a failed comparison.
 */
export function getFindings(
  results: readonly LintResult[],
  cwd: string,
): string[] {
  return results
    .flatMap(result =>
      result.messages.map(message => {
        const file = path
          .relative(cwd, result.filePath)
          .split(path.sep)
          .join('/');
        const rule = message.ruleId ?? `fatal: ${message.message}`;
        return `${file}:${String(message.line)} ${rule}`;
      }),
    )
    .sort(compareFindings);
}

/** Orders `file:line rule` findings by file, then line, then rule. */
export function compareFindings(a: string, b: string): number {
  const [fileA = '', lineA = '0'] = a.split(/[: ]/u);
  const [fileB = '', lineB = '0'] = b.split(/[: ]/u);
  return (
    fileA.localeCompare(fileB) ||
    Number(lineA) - Number(lineB) ||
    a.localeCompare(b)
  );
}

/**
 * The results without the copies of source code that ESLint's `json`
 * formatter adds: `source`, the whole text of each file with a problem, and
 * the text of each fix and suggestion, which spans everything between the
 * first and the last change (a fix that adds an import at the top and
 * rewrites a read further down carries every line in between). What is left
 * (messages, their data, suggestion descriptions) is the plugin's own text.
 */
export function withoutSourceCopies(
  results: readonly LintResult[],
): LintResult[] {
  return results.map(result => ({
    ...result,
    source: undefined,
    output: undefined,
    messages: result.messages.map(message => ({
      ...message,
      fix: undefined,
      suggestions: message.suggestions?.map(({ desc }) => ({
        desc,
        fix: { text: '' },
      })),
    })),
  }));
}
