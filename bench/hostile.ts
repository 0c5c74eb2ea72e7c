import { spawn } from 'node:child_process';
import path from 'node:path';
import { createInterface } from 'node:readline';

import { REPOSITORY_ROOT } from './corpus.js';
import type { HostileEvent, HostileMeasurement } from './hostileWorker.js';
import { JITI_CLI } from './workerJob.js';

const HOSTILE_WORKER = path.join(REPOSITORY_ROOT, 'bench', 'hostileWorker.ts');

/** A pattern slower than this on the longest input is flagged. */
export const HOSTILE_LIMIT_MS = 100;

// Growth is judged only past this time: below it, a garbage-collector pause
// or a busy neighbour on a shared machine bends the curve more than the
// pattern does. A quadratic pattern passes it easily at 50,000 characters.
const MEASURABLE_GROWTH_MS = 20;

/** Growth faster than this over the longest lengths is flagged. */
export const HOSTILE_EXPONENT = 1.5;

export interface HostileReport {
  total: number;
  notes: string[];
  measurements: HostileMeasurement[];
  /** Patterns that did not finish within the watchdog's time. */
  hangs: { index: number; origin: string }[];
}

/**
 * Runs the hostile-input check in a child process. A pattern that hangs
 * would hang the check too, so a watchdog kills the child when it has been
 * silent for `stallMs`, records the pattern it had started, and starts a
 * new child after it.
 */
export async function runHostileCheck(stallMs: number): Promise<HostileReport> {
  const report: HostileReport = {
    total: 0,
    notes: [],
    measurements: [],
    hangs: [],
  };

  let from = 0;
  for (;;) {
    const { current, finished } = await runFrom(from, stallMs, report);
    if (finished || current === undefined) {
      return report;
    }
    report.hangs.push(current);
    from = current.index + 1;
  }
}

async function runFrom(
  from: number,
  stallMs: number,
  report: HostileReport,
): Promise<{
  current: { index: number; origin: string } | undefined;
  finished: boolean;
}> {
  const child = spawn(
    process.execPath,
    [JITI_CLI, HOSTILE_WORKER, String(from)],
    { cwd: REPOSITORY_ROOT, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let current: { index: number; origin: string } | undefined;
  // An object, so that the watchdog's write is seen after the awaits.
  const state = { stalled: false };
  let timer = setTimeout(() => undefined, 0);
  const arm = (): void => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      state.stalled = true;
      child.kill('SIGKILL');
    }, stallMs);
  };
  arm();

  const stderr: string[] = [];
  child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk.toString()));
  const lines = createInterface({ input: child.stdout });
  for await (const line of lines) {
    arm();
    const event = JSON.parse(line) as HostileEvent;
    if (event.kind === 'plan') {
      report.total = event.total;
      if (from === 0) {
        report.notes.push(...event.notes);
      }
    } else if (event.kind === 'start') {
      current = { index: event.index, origin: event.origin };
    } else {
      report.measurements.push(event);
      current = undefined;
    }
  }

  const code = await new Promise<number | null>(resolve => {
    if (child.exitCode !== null || child.signalCode !== null) {
      resolve(child.exitCode);
      return;
    }
    child.on('close', resolve);
  });
  clearTimeout(timer);

  if (!state.stalled && code !== 0) {
    report.notes.push(
      `the check stopped early: ${stderr.join('').trim().split('\n').at(-1) ?? ''}`,
    );
    return { current: undefined, finished: true };
  }
  return { current, finished: !state.stalled };
}

/** Whether a measurement is too slow or grows too fast. */
export function isHostileFlagged(measurement: HostileMeasurement): boolean {
  if (measurement.worstMs > HOSTILE_LIMIT_MS) {
    return true;
  }
  return (
    measurement.worstMs > MEASURABLE_GROWTH_MS &&
    (measurement.exponent ?? 0) > HOSTILE_EXPONENT
  );
}
