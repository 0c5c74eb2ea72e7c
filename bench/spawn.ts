import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';

/** GNU time, which reports a child's peak memory; absent on some systems. */
const GNU_TIME = '/usr/bin/time';

export interface SpawnOptions {
  cwd: string;
  /** Extra environment variables for the child. */
  env?: Readonly<Record<string, string>>;
  /** Where GNU time writes the peak memory; measured only when given. */
  memoryPath?: string;
  timeoutMs: number;
}

export interface SpawnResult {
  /** Exit code, or `undefined` when a signal (or the timeout) ended it. */
  code: number | undefined;
  timedOut: boolean;
  wallMs: number;
  /** Peak resident memory in kilobytes, from GNU time when it exists. */
  maxRssKb: number | undefined;
  stdout: string;
  stderr: string;
}

/** Whether peak memory can be measured for any child (GNU time exists). */
export function canMeasureMemory(): boolean {
  return existsSync(GNU_TIME);
}

/**
 * Runs a command as a child process and measures its wall time from spawn
 * to exit, and its peak memory through GNU time where it is installed (its
 * figure is the child's own, as GNU time execs the command directly).
 */
export async function spawnMeasured(
  command: string,
  args: readonly string[],
  options: SpawnOptions,
): Promise<SpawnResult> {
  const { memoryPath } = options;
  const measured = memoryPath !== undefined && canMeasureMemory();
  if (measured) {
    rmSync(memoryPath, { force: true });
  }

  const [file, fileArgs] = measured
    ? [GNU_TIME, ['-f', '%M', '-o', memoryPath, command, ...args]]
    : [command, [...args]];

  const start = performance.now();
  const child = spawn(file, fileArgs, {
    cwd: options.cwd,
    env: { ...process.env, ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });

  const stdout: Buffer[] = [];
  const stderr: Buffer[] = [];
  child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
  child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));

  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    child.kill('SIGKILL');
  }, options.timeoutMs);

  const code = await new Promise<number | undefined>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', exitCode => {
      resolve(exitCode ?? undefined);
    });
  }).finally(() => {
    clearTimeout(timer);
  });
  const wallMs = performance.now() - start;

  return {
    code,
    timedOut,
    wallMs,
    maxRssKb: measured ? readPeakMemory(memoryPath) : undefined,
    stdout: Buffer.concat(stdout).toString('utf8'),
    stderr: Buffer.concat(stderr).toString('utf8'),
  };
}

function readPeakMemory(memoryPath: string): number | undefined {
  if (!existsSync(memoryPath)) {
    return undefined;
  }
  // GNU time writes "Command exited with non-zero status 1" first when the
  // command fails; the figure is the last line.
  const lines = readFileSync(memoryPath, 'utf8').trim().split('\n');
  const value = Number.parseInt(lines.at(-1) ?? '', 10);
  return Number.isNaN(value) ? undefined : value;
}

/** The last lines of a child's error output, for a failure message. */
export function getErrorTail(result: SpawnResult): string {
  if (result.timedOut) {
    return 'timed out';
  }
  const text = `${result.stderr}\n${result.stdout}`.trim();
  const lines = text.split('\n').filter(line => line.trim() !== '');
  const tail = lines.slice(-3).join(' | ');
  return tail === ''
    ? `exited with code ${String(result.code)}`
    : tail.slice(0, 400);
}
