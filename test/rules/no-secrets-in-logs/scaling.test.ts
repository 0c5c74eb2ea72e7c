import * as tsParser from '@typescript-eslint/parser';
import { TSESLint } from '@typescript-eslint/utils';
import { describe, expect, it } from 'vitest';

import rule from '../../../rules/no-secrets-in-logs.js';
import { createLargeLogFile, REPORTS_PER_UNIT } from './largeFile.js';

const linter = new TSESLint.Linter({ configType: 'flat' });

function countReports(code: string): number {
  const messages = linter.verify(
    code,
    {
      files: ['**/*.ts'],
      languageOptions: { parser: tsParser },
      plugins: { test: { rules: { rule } } },
      rules: { 'test/rule': 'error' },
    },
    'large.ts',
  );

  expect(messages.filter(message => message.ruleId !== 'test/rule')).toEqual(
    [],
  );
  return messages.length;
}

// The time it takes is measured by the benchmark (`npm run bench`, the
// scaling part), not here: a test asserts behaviour, never a duration.
describe('no-secrets-in-logs on a large file', () => {
  it.each([1, 60, 400])(
    'reports every secret of a file of %i generated units',
    units => {
      expect(countReports(createLargeLogFile(units))).toBe(
        units * REPORTS_PER_UNIT,
      );
    },
  );
});
