import path from 'node:path';

import picomatch from 'picomatch';

// Compiled glob lists, keyed by the settings or options array that holds them.
const matcherCache = new WeakMap<
  readonly string[],
  (file: string) => boolean
>();

/**
 * Whether `filename` matches one of `globs`, which are relative to ESLint's
 * working directory (`src/config/secrets.ts`, `**\/env.ts`).
 */
export function isFileMatched(
  globs: readonly string[],
  filename: string,
  cwd: string,
): boolean {
  if (globs.length === 0) {
    return false;
  }

  let matcher = matcherCache.get(globs);
  if (!matcher) {
    matcher = picomatch([...globs], { dot: true });
    matcherCache.set(globs, matcher);
  }

  const relative = path
    .relative(cwd, path.resolve(cwd, filename))
    .split(path.sep)
    .join('/');
  return matcher(relative);
}
