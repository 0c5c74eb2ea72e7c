import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export const REPOSITORY_ROOT = path.resolve(import.meta.dirname, '..', '..');

export interface RunResult {
  status: number;
  stdout: string;
  stderr: string;
}

/** Runs a command and returns its exit code and output instead of throwing. */
export function run(
  command: string,
  args: readonly string[],
  cwd: string,
  env: Readonly<Record<string, string>> = {},
): RunResult {
  try {
    const stdout = execFileSync(command, args, {
      cwd,
      encoding: 'utf8',
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    return { status: 0, stdout, stderr: '' };
  } catch (error) {
    const failed = error as {
      status?: number;
      stdout?: string;
      stderr?: string;
    };
    return {
      status: failed.status ?? 1,
      stdout: failed.stdout ?? '',
      stderr: failed.stderr ?? '',
    };
  }
}

/** Builds the package and packs it with `npm pack`; returns the tarball path. */
export function packPlugin(destination: string): string {
  execFileSync('npm', ['run', 'build', '--silent'], {
    cwd: REPOSITORY_ROOT,
    stdio: 'ignore',
  });
  const output = execFileSync(
    'npm',
    ['pack', '--ignore-scripts', '--json', '--pack-destination', destination],
    { cwd: REPOSITORY_ROOT, encoding: 'utf8' },
  );
  const [packed] = JSON.parse(output) as [{ filename: string }];
  return path.join(destination, packed.filename);
}

/**
 * Makes a project in a temporary folder with the packed plugin installed as a
 * user would, beside the given extra packages (`eslint@10`, …). Packages come
 * from npm's cache when it has them.
 */
export function createUserProject(
  tarball: string,
  packages: readonly string[],
): string {
  const project = mkdtempSync(path.join(tmpdir(), 'secret-hygiene-user-'));
  writeFileSync(
    path.join(project, 'package.json'),
    JSON.stringify({ name: 'user-project', private: true, type: 'module' }),
  );
  execFileSync(
    'npm',
    [
      'install',
      '--prefer-offline',
      '--no-audit',
      '--no-fund',
      '--loglevel=error',
      tarball,
      ...packages,
    ],
    { cwd: project, stdio: 'ignore' },
  );
  mkdirSync(path.join(project, 'src'), { recursive: true });
  return project;
}
