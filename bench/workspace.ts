import { copyFileSync, mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';

import { type CorpusFile, REPOSITORY_ROOT } from './corpus.js';

/** Scratch space of the harness; git and the self-lint ignore it. */
export const CACHE_DIRECTORY = path.join(REPOSITORY_ROOT, 'bench', '.cache');

/** Where the corpus is copied for the tools to lint. */
export const CORPUS_COPY_DIRECTORY = path.join(CACHE_DIRECTORY, 'corpus');

/**
 * Picks `count` items spread evenly over the list (every n-th one), so that
 * a small slice still samples every package; all of them without a count.
 */
export function sliceEvenly<T>(
  items: readonly T[],
  count: number | undefined,
): T[] {
  if (count === undefined || count >= items.length) {
    return [...items];
  }

  const picked: T[] = [];
  for (let index = 0; index < count; index++) {
    const item = items[Math.floor((index * items.length) / count)];
    if (item !== undefined) {
      picked.push(item);
    }
  }
  return picked;
}

/** The path of a corpus file inside the copy: `node_modules/` dropped. */
export function getCopyPath(file: CorpusFile): string {
  return file.path.replace(/^node_modules\//u, '');
}

/**
 * Copies the given corpus files into `bench/.cache/corpus/`, replacing what
 * was there. Every tool ignores `node_modules` folders by default (ESLint,
 * Biome, secretlint), so they lint the copy, and each lints the whole
 * folder: the same files for all of them.
 */
export function prepareCorpusCopy(
  files: readonly CorpusFile[],
  directory = CORPUS_COPY_DIRECTORY,
): string {
  rmSync(directory, { recursive: true, force: true });
  for (const file of files) {
    const target = path.join(directory, getCopyPath(file));
    mkdirSync(path.dirname(target), { recursive: true });
    copyFileSync(path.join(REPOSITORY_ROOT, file.path), target);
  }
  return directory;
}
