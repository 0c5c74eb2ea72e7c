import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { RuleTester } from '@typescript-eslint/rule-tester';

/** A folder that stands in for ESLint's working directory in rule tests. */
export const FIXTURE_CWD = path.join(
  path.dirname(fileURLToPath(import.meta.url)),
  'fixtures',
  'project',
);

/** The path of a file inside the fixture project, for `filename`. */
export function fixtureFile(relative: string): string {
  return path.join(FIXTURE_CWD, relative);
}

/**
 * A rule tester that parses TypeScript and JSX as ES modules, with
 * `FIXTURE_CWD` as ESLint's working directory: a relative `filename` in a
 * case (`src/config/secrets.ts`) is a file of the fixture project.
 */
export function createRuleTester(): RuleTester {
  return new RuleTester({
    languageOptions: {
      parserOptions: {
        ecmaFeatures: { jsx: true },
        tsconfigRootDir: FIXTURE_CWD,
      },
    },
  });
}
