import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import type { ESLint as ESLintClass, Linter } from 'eslint';

import { createToolConfig } from './eslintConfig.js';
import { describeError } from './plugins.js';
import type { EslintTool } from './tools.js';

/** What the parent asks the paired child process to do. */
export interface PairedJob {
  /** The ESLint tools to compare; the first is the floor. */
  tools: EslintTool[];
  /** The corpus folder: ESLint's working directory. */
  cwd: string;
  /** The files to lint, relative to `cwd`, in order. */
  files: string[];
  /** The first files, linted by every tool untimed before the timed
   * rounds (JIT warm-up). */
  warmupFiles: number;
  /** Timed rounds: in each, every tool lints all of the files once. */
  rounds: number;
  eslintPackage: 'eslint' | 'eslint9';
  pluginRoot: string;
  resultPath: string;
}

/** What the child hands back. */
export interface PairedOutput {
  /** Per tool id, the milliseconds of each round's pass over the files. */
  times: Record<string, number[]>;
  /** Per tool id, the reports of one pass over the files. */
  findings: Record<string, number>;
  error?: string;
}

type ESLintConstructor = new (options: ESLintClass.Options) => ESLintClass;

/** One tool of the paired run, with what it measured so far. */
interface Contender {
  id: string;
  linter: ESLintClass;
  times: number[];
  findings: number;
}

interface LoadedFile {
  filePath: string;
  text: string;
}

/**
 * Runs in a child process (`node --expose-gc jiti bench/pairedWorker.ts
 * <job.json>`). In each round every tool lints all of the files, one tool
 * after the other, the order rotating from round to round; a round's
 * passes are minutes apart at most, so a slow stretch of a shared machine
 * shows as a spread between rounds rather than as a bias.
 *
 * A tool's pass runs as it would in a user's lint job, garbage collection
 * included: what a rule allocates costs collections, and so does ESLint's
 * own work for any rule (see `any-rule` in bench/README.md); both belong to
 * the tool. (Timing
 * file by file with a full collection in between, as this run once did,
 * left most of that cost out: it hid about two thirds of what `all`
 * adds.) One full collection, untimed, between passes keeps one tool's
 * garbage off the next tool's clock.
 */
async function main(): Promise<void> {
  const jobPath = process.argv.at(2);
  if (jobPath === undefined) {
    throw new Error('usage: jiti bench/pairedWorker.ts <job.json>');
  }

  const job = JSON.parse(readFileSync(jobPath, 'utf8')) as PairedJob;
  const output = await runJob(job).catch((error: unknown): PairedOutput => ({
    times: {},
    findings: {},
    error: describeError(error),
  }));
  writeFileSync(job.resultPath, JSON.stringify(output));
}

async function runJob(job: PairedJob): Promise<PairedOutput> {
  const contenders = await createContenders(job);

  // Reading happens before timing: it is the same for every tool.
  const files = job.files.map((file): LoadedFile => {
    const filePath = path.join(job.cwd, file);
    return { filePath, text: readFileSync(filePath, 'utf8') };
  });

  const warmup = files.slice(0, job.warmupFiles);
  for (const contender of contenders) {
    await lintAll(contender, warmup);
  }

  const count = contenders.length;
  for (let round = 0; round < job.rounds; round++) {
    for (let turn = 0; turn < count; turn++) {
      const contender = contenders.at((round + turn) % count);
      if (contender === undefined) {
        continue;
      }

      collectGarbage();
      const start = performance.now();
      const findings = await lintAll(contender, files);
      contender.times.push(performance.now() - start);
      contender.findings = findings;
    }
  }
  return {
    times: Object.fromEntries(contenders.map(c => [c.id, c.times])),
    findings: Object.fromEntries(contenders.map(c => [c.id, c.findings])),
  };
}

async function createContenders(job: PairedJob): Promise<Contender[]> {
  const { ESLint } = (await import(job.eslintPackage)) as {
    ESLint: ESLintConstructor;
  };
  const parser = (await import('@typescript-eslint/parser')) as Linter.Parser;
  const contenders: Contender[] = [];
  for (const tool of job.tools) {
    const config = await createToolConfig(tool, parser, job.pluginRoot);
    contenders.push({
      id: tool.id,
      linter: new ESLint({
        cwd: job.cwd,
        overrideConfigFile: true,
        overrideConfig: [config],
        cache: false,
      }),
      times: [],
      findings: 0,
    });
  }
  return contenders;
}

/** Lints the files one after the other; gives the number of reports. */
async function lintAll(
  contender: Contender,
  files: readonly LoadedFile[],
): Promise<number> {
  let findings = 0;
  for (const { filePath, text } of files) {
    const [result] = await contender.linter.lintText(text, { filePath });
    findings += countReports(result);
  }
  return findings;
}

function collectGarbage(): void {
  const { gc } = globalThis as { gc?: () => void };
  gc?.();
}

function countReports(result: ESLintClass.LintResult | undefined): number {
  return (
    result?.messages.filter(message => message.ruleId !== null).length ?? 0
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
