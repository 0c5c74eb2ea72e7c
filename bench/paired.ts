import path from 'node:path';

import { REPOSITORY_ROOT } from './corpus.js';
import type { PairedJob, PairedOutput } from './pairedWorker.js';
import { getOwn } from './records.js';
import { getErrorTail } from './spawn.js';
import { standardDeviation, sum } from './stats.js';
import { type EslintTool, FLOOR_TOOL_ID, type Tool } from './tools.js';
import { runWorkerJob } from './workerJob.js';

/** What one tool adds to the floor, file by file, in the paired run. */
export interface PairedRow {
  tool: EslintTool;
  /** Files timed. */
  files: number;
  totalMs: number;
  /** Time over the floor's, summed over the files. */
  addedMs: number;
  /** `addedMs` as a share of the floor's time. */
  addedShare: number;
  /** Two standard errors of `addedShare`: the share is within
   * `addedShare ± margin` about 95 times in 100. */
  margin: number;
  findings: number;
}

export interface PairedReport {
  rows: PairedRow[];
  floorMs: number | undefined;
  error: string | undefined;
}

const PAIRED_WORKER = path.join(REPOSITORY_ROOT, 'bench', 'pairedWorker.ts');

// Enough files for the JIT to settle on every tool's hot paths.
const WARMUP_FILES = 100;

// Megabytes of each semi-space of V8's young generation (16 by default):
// one file linted by ten tools allocates a few tens of megabytes.
const SEMI_SPACE_MB = 128;

export interface PairedRunOptions {
  cwd: string;
  files: readonly string[];
  jobDirectory: string;
  eslintPackage: PairedJob['eslintPackage'];
  pluginRoot: string;
  timeoutMs: number;
}

/** The ESLint tools of a run, floor first: the ones a paired run can hold. */
export function selectPairedTools(tools: readonly Tool[]): EslintTool[] {
  const eslintTools = tools.filter(
    (tool): tool is EslintTool => tool.kind === 'eslint',
  );
  const floor = eslintTools.find(tool => tool.id === FLOOR_TOOL_ID);
  if (floor === undefined) {
    return [];
  }
  return [floor, ...eslintTools.filter(tool => tool !== floor)];
}

/** Runs every ESLint tool over the files in one child process, paired. */
export async function runPaired(
  tools: readonly EslintTool[],
  options: PairedRunOptions,
): Promise<PairedReport> {
  const jobPath = path.join(options.jobDirectory, 'paired.job.json');
  const resultPath = path.join(options.jobDirectory, 'paired.result.json');
  const job: PairedJob = {
    tools: [...tools],
    cwd: options.cwd,
    files: [...options.files],
    warmupFiles: WARMUP_FILES,
    eslintPackage: options.eslintPackage,
    pluginRoot: options.pluginRoot,
    resultPath,
  };
  const { run, text } = await runWorkerJob(PAIRED_WORKER, jobPath, job, {
    // Room for the young objects of every tool's turn on a file, so that
    // few collections fall within a turn (see the worker).
    nodeFlags: [
      '--expose-gc',
      `--max-semi-space-size=${String(SEMI_SPACE_MB)}`,
    ],
    timeoutMs: options.timeoutMs,
  });
  if (run.code !== 0 || text === '') {
    return { rows: [], floorMs: undefined, error: getErrorTail(run) };
  }

  const output = JSON.parse(text) as PairedOutput;
  if (output.error !== undefined) {
    return { rows: [], floorMs: undefined, error: output.error };
  }
  return summarizePaired(tools, output);
}

/**
 * Each tool's time over the floor's, summed file by file, with a margin
 * from the spread of the per-file differences (two standard errors of the
 * sum). The first tool is the floor.
 */
export function summarizePaired(
  tools: readonly EslintTool[],
  output: PairedOutput,
): PairedReport {
  const floor = tools.at(0);
  const floorTimes =
    floor === undefined ? undefined : getOwn(output.times, floor.id);
  if (floorTimes === undefined || floorTimes.length === 0) {
    return { rows: [], floorMs: undefined, error: 'the floor was not timed' };
  }

  const floorMs = sum(floorTimes);
  const rows = tools.map((tool): PairedRow => {
    const times = getOwn(output.times, tool.id) ?? [];
    const differences = times.map(
      (time, index) => time - (floorTimes[index] ?? 0),
    );
    const addedMs = sum(differences);
    const standardError =
      Math.sqrt(differences.length) * standardDeviation(differences);
    return {
      tool,
      files: times.length,
      totalMs: sum(times),
      addedMs,
      addedShare: floorMs === 0 ? 0 : addedMs / floorMs,
      margin: floorMs === 0 ? 0 : (2 * standardError) / floorMs,
      findings: getOwn(output.findings, tool.id) ?? 0,
    };
  });
  return { rows, floorMs, error: undefined };
}
