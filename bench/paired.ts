import path from 'node:path';

import { REPOSITORY_ROOT } from './corpus.js';
import type { PairedJob, PairedOutput } from './pairedWorker.js';
import { getOwn } from './records.js';
import { getErrorTail } from './spawn.js';
import { mean, standardDeviation } from './stats.js';
import { type EslintTool, FLOOR_TOOL_ID, type Tool } from './tools.js';
import { runWorkerJob } from './workerJob.js';

/** What one tool adds to the floor in the paired run. */
export interface PairedRow {
  tool: EslintTool;
  /** Timed passes over the files. */
  rounds: number;
  /** The mean time of one pass. */
  totalMs: number;
  /** The mean time over the floor's in the same round. */
  addedMs: number;
  /** The mean, over the rounds, of the time over the floor's as a share of
   * the floor's. */
  addedShare: number;
  /** Two standard errors of `addedShare` over the rounds (the share is
   * within `addedShare ± margin` about 95 times in 100); infinite with a
   * single round, which cannot show its own spread. */
  margin: number;
  /** The share each round added, in round order. */
  roundShares: number[];
  findings: number;
}

/** A share of the floor with its margin (see `PairedRow`). */
export interface ShareEstimate {
  share: number;
  margin: number;
}

export interface PairedReport {
  rows: PairedRow[];
  floorMs: number | undefined;
  error: string | undefined;
}

const PAIRED_WORKER = path.join(REPOSITORY_ROOT, 'bench', 'pairedWorker.ts');

// Enough files for the JIT to settle on every tool's hot paths (without a
// warm-up, the first pass of a run was up to a quarter slower).
const WARMUP_FILES = 500;

export interface PairedRunOptions {
  cwd: string;
  files: readonly string[];
  /** Timed passes of every tool over the files. */
  rounds: number;
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
    rounds: options.rounds,
    eslintPackage: options.eslintPackage,
    pluginRoot: options.pluginRoot,
    resultPath,
  };
  const { run, text } = await runWorkerJob(PAIRED_WORKER, jobPath, job, {
    // Node's default heap settings, as in a user's lint job.
    nodeFlags: ['--expose-gc'],
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
 * Each tool's time over the floor's, round by round: the share it adds is
 * the mean of the rounds' shares, its margin two standard errors of them.
 * The first tool is the floor.
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

  const rows = tools.map((tool): PairedRow => {
    const times = (getOwn(output.times, tool.id) ?? []).slice(
      0,
      floorTimes.length,
    );
    const added = times.map((time, round) => time - (floorTimes[round] ?? 0));
    const shares = added.map(
      (difference, round) => difference / (floorTimes[round] ?? 1),
    );
    const { share, margin } = estimateShare(shares);
    return {
      tool,
      rounds: times.length,
      totalMs: mean(times),
      addedMs: mean(added),
      addedShare: share,
      margin,
      roundShares: shares,
      findings: getOwn(output.findings, tool.id) ?? 0,
    };
  });
  return { rows, floorMs: mean(floorTimes), error: undefined };
}

/**
 * What a tool adds beyond a reference tool, as a share of the floor, paired
 * round by round: both ran in the same rounds, so a slow round moves both.
 */
export function getShareBeyond(
  row: PairedRow,
  reference: PairedRow,
): ShareEstimate {
  const rounds = Math.min(row.roundShares.length, reference.roundShares.length);
  const differences = row.roundShares
    .slice(0, rounds)
    .map((share, round) => share - (reference.roundShares[round] ?? 0));
  return estimateShare(differences);
}

// The mean of the rounds' shares and two standard errors of it.
function estimateShare(shares: readonly number[]): ShareEstimate {
  return {
    share: mean(shares),
    margin:
      shares.length < 2
        ? Number.POSITIVE_INFINITY
        : (2 * standardDeviation(shares)) / Math.sqrt(shares.length),
  };
}
