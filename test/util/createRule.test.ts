import * as tsParser from '@typescript-eslint/parser';
import { TSESLint } from '@typescript-eslint/utils';
import { describe, expect, it } from 'vitest';

import { createRule } from '../../src/util/createRule.js';

interface Options {
  level: number;
  names: string[];
  extra?: boolean;
}

// Records the options each file's `create` receives.
function createRecordingRule(seen: Options[]) {
  return createRule<[Options], 'found'>({
    name: 'recording',
    meta: {
      type: 'problem',
      docs: { description: 'Disallow nothing; records options' },
      schema: [
        {
          type: 'object',
          properties: {
            level: { type: 'number' },
            names: { type: 'array', items: { type: 'string' } },
            extra: { type: 'boolean' },
          },
          additionalProperties: false,
        },
      ],
      defaultOptions: [{ level: 1, names: ['a'] }],
      messages: { found: 'found' },
    },
    create(_context, [options]) {
      seen.push(options);
      return {};
    },
  });
}

function lintTwice(seen: Options[], ruleEntry: TSESLint.Linter.RuleEntry) {
  const linter = new TSESLint.Linter({ configType: 'flat' });
  const config: TSESLint.FlatConfig.Config = {
    files: ['**/*.ts'],
    languageOptions: { parser: tsParser },
    plugins: { test: { rules: { recording: createRecordingRule(seen) } } },
    rules: { 'test/recording': ruleEntry },
  };
  linter.verify('const a = 1;', config, 'one.ts');
  linter.verify('const b = 2;', config, 'two.ts');
}

describe('createRule', () => {
  it('gives every file the defaults, merged once', () => {
    const seen: Options[] = [];
    lintTwice(seen, 'error');

    expect(seen).toEqual([
      { level: 1, names: ['a'] },
      { level: 1, names: ['a'] },
    ]);
    expect(seen[0]).toBe(seen[1]);
  });

  it('merges user options over the defaults', () => {
    const seen: Options[] = [];
    lintTwice(seen, ['error', { level: 3, extra: true }]);

    expect(seen[0]).toEqual({ level: 3, names: ['a'], extra: true });
    expect(seen[0]).toBe(seen[1]);
  });

  it('keeps distinct option sets apart', () => {
    const seen: Options[] = [];
    const rule = createRecordingRule(seen);
    const linter = new TSESLint.Linter({ configType: 'flat' });
    for (const level of [2, 5, 2]) {
      linter.verify(
        'x;',
        {
          files: ['**/*.ts'],
          languageOptions: { parser: tsParser },
          plugins: { test: { rules: { recording: rule } } },
          rules: { 'test/recording': ['error', { level }] },
        },
        'file.ts',
      );
    }

    expect(seen.map(options => options.level)).toEqual([2, 5, 2]);
    expect(seen[0]).toBe(seen[2]);
    expect(seen[0]).not.toBe(seen[1]);
  });
});
