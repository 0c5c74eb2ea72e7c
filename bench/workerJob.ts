import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import { REPOSITORY_ROOT } from './corpus.js';
import { spawnMeasured, type SpawnResult } from './spawn.js';

export const JITI_CLI = path.join(
  REPOSITORY_ROOT,
  'node_modules',
  'jiti',
  'lib',
  'jiti-cli.mjs',
);

/** What every worker's job says: where the worker writes its result. */
export interface WorkerJob {
  resultPath: string;
}

export interface WorkerJobOptions {
  /** Flags for Node itself, before the worker (`--expose-gc`, …). */
  nodeFlags?: readonly string[];
  /** Where GNU time writes the worker's peak memory, if wanted. */
  memoryPath?: string;
  timeoutMs: number;
}

export interface WorkerRun {
  run: SpawnResult;
  /** The result file's text; empty when the worker wrote none. */
  text: string;
}

/**
 * Writes the job next to its result file, runs the TypeScript worker on it
 * through jiti in a child process, and reads back what the worker wrote.
 * The result file is emptied first, so a stale one never passes for new.
 */
export async function runWorkerJob(
  worker: string,
  jobPath: string,
  job: WorkerJob,
  options: WorkerJobOptions,
): Promise<WorkerRun> {
  writeFileSync(jobPath, JSON.stringify(job));
  writeFileSync(job.resultPath, '');

  const run = await spawnMeasured(
    process.execPath,
    [...(options.nodeFlags ?? []), JITI_CLI, worker, jobPath],
    {
      cwd: REPOSITORY_ROOT,
      ...(options.memoryPath === undefined
        ? {}
        : { memoryPath: options.memoryPath }),
      timeoutMs: options.timeoutMs,
    },
  );
  return { run, text: readFileSync(job.resultPath, 'utf8') };
}
