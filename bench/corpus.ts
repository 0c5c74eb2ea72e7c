import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The real code the benchmark lints and the false-positive test scans:
 * the sources that these pinned devDependencies ship (server frameworks,
 * database drivers, SDKs and loggers: code full of `password`, `token` and
 * `apiKey` names). `npm ci` installs them at the versions in the lock file.
 */
export const CORPUS_PACKAGES = [
  '@nestjs/common',
  '@nestjs/core',
  '@slack/web-api',
  'express',
  'fastify',
  'ioredis',
  'jsonwebtoken',
  'knex',
  'mongoose',
  'mysql2',
  'nodemailer',
  'pg',
  'pino',
  'rxjs',
  'stripe',
  'typeorm',
  'winston',
] as const;

export const REPOSITORY_ROOT = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '..',
);

const SOURCE_FILE = /\.(?:[cm]?js|[cm]?ts)$/u;
const DECLARATION_FILE = /\.d\.[cm]?ts$/u;
const MINIFIED_FILE = /\.min\.[cm]?js$/u;

// Bundles repeat the package's own modules in one file; lint the modules.
const SKIPPED_DIRECTORIES = new Set(['node_modules', 'bundles', '.git']);

export interface CorpusFile {
  /** Path relative to the repository root, with `/` separators. */
  path: string;
  packageName: string;
}

/** Lists the corpus files in a stable order. */
export function listCorpusFiles(): CorpusFile[] {
  const files: CorpusFile[] = [];
  for (const packageName of CORPUS_PACKAGES) {
    const root = path.join(REPOSITORY_ROOT, 'node_modules', packageName);
    for (const file of walk(root)) {
      files.push({
        path: path.relative(REPOSITORY_ROOT, file).split(path.sep).join('/'),
        packageName,
      });
    }
  }
  return files;
}

/** Counts the lines of the given corpus files. */
export function countLines(files: readonly CorpusFile[]): number {
  let lines = 0;
  for (const file of files) {
    const text = readFileSync(path.join(REPOSITORY_ROOT, file.path), 'utf8');
    lines += text.split('\n').length;
  }
  return lines;
}

function* walk(directory: string): Generator<string> {
  const entries = readdirSync(directory, { withFileTypes: true }).sort(
    (left, right) => left.name.localeCompare(right.name),
  );
  for (const entry of entries) {
    const full = path.join(directory, entry.name);
    if (entry.isDirectory()) {
      if (!SKIPPED_DIRECTORIES.has(entry.name)) {
        yield* walk(full);
      }
      continue;
    }

    if (
      entry.isFile() &&
      SOURCE_FILE.test(entry.name) &&
      !DECLARATION_FILE.test(entry.name) &&
      !MINIFIED_FILE.test(entry.name)
    ) {
      yield full;
    }
  }
}
