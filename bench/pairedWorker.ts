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
  /** The first files, linted by every tool untimed before the timed pass
   * (JIT warm-up). */
  warmupFiles: number;
  eslintPackage: 'eslint' | 'eslint9';
  pluginRoot: string;
  resultPath: string;
}

/** What the child hands back. */
export interface PairedOutput {
  /** Per tool id, the milliseconds of each file, in the order of `files`. */
  times: Record<string, number[]>;
  /** Per tool id, the reports over all files. */
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

/**
 * Runs in a child process (`node --expose-gc jiti bench/pairedWorker.ts
 * <job.json>`). Every
 * tool lints each file in turn, one file after the other, so that a slow
 * minute of a shared machine falls on all tools alike: the difference to
 * the floor, file by file, is what a tool adds. The order of the tools
 * rotates from file to file, so no tool always runs first (cold caches) or
 * right after another (its garbage).
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

  // Reading happens before timing: it is the same for every tool.
  const files = job.files.map(file => {
    const filePath = path.join(job.cwd, file);
    return { filePath, text: readFileSync(filePath, 'utf8') };
  });

  const lintFile = async (index: number, timed: boolean): Promise<void> => {
    const { filePath, text } = files.at(index) ?? { filePath: '', text: '' };
    const count = contenders.length;
    // A full collection between files, untimed: collections, of a few to
    // tens of milliseconds, would otherwise land on whichever tool was
    // running and swamp what a rule adds (an 8 ms spread per file). With
    // the young generation made large enough for a file's turns (see
    // `runPaired`), few fall within a turn; those few fall mostly on the
    // tools that allocate.
    collectGarbage();
    for (let turn = 0; turn < count; turn++) {
      const contender = contenders.at((index + turn) % count);
      if (contender === undefined) {
        continue;
      }

      const start = performance.now();
      const [result] = await contender.linter.lintText(text, { filePath });
      const elapsed = performance.now() - start;
      if (timed) {
        contender.times.push(elapsed);
        contender.findings += countReports(result);
      }
    }
  };

  const warmup = Math.min(job.warmupFiles, job.files.length);
  for (let index = 0; index < warmup; index++) {
    await lintFile(index, false);
  }
  for (let index = 0; index < job.files.length; index++) {
    await lintFile(index, true);
  }
  return {
    times: Object.fromEntries(contenders.map(c => [c.id, c.times])),
    findings: Object.fromEntries(contenders.map(c => [c.id, c.findings])),
  };
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
