import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { isFileMatched } from '../../src/util/index.js';

const cwd = path.resolve('/project');

describe('isFileMatched', () => {
  const globs = ['src/config/secrets.ts', 'packages/*/src/env.ts', '**/.env.*'];

  it.each([
    [path.join(cwd, 'src/config/secrets.ts'), true],
    ['src/config/secrets.ts', true],
    [path.join(cwd, 'packages/api/src/env.ts'), true],
    [path.join(cwd, 'deep/.env.ts'), true],
    [path.join(cwd, 'src/config/secrets.test.ts'), false],
    [path.join(cwd, 'packages/api/src/nested/env.ts'), false],
    [path.resolve('/elsewhere/src/config/secrets.ts'), false],
  ])('matches %j: %j', (filename, expected) => {
    expect(isFileMatched(globs, filename, cwd)).toBe(expected);
  });

  it('matches nothing with no globs', () => {
    expect(isFileMatched([], path.join(cwd, 'a.ts'), cwd)).toBe(false);
  });
});
