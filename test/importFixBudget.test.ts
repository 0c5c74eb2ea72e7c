import * as tsParser from '@typescript-eslint/parser';
import { TSESLint } from '@typescript-eslint/utils';
import { describe, expect, it } from 'vitest';

import noDirectEnvAccess from '../rules/no-direct-env-access.js';
import noHardcodedSecrets from '../rules/no-hardcoded-secrets.js';
import noSecretsInLogs from '../rules/no-secrets-in-logs.js';
import { createImportFixBudget } from '../src/importFixBudget.js';

// A file of 100 characters whose import would go after offset 11.
const text = `//${'x'.repeat(98)}`;
const sourceCode = new TSESLint.SourceCode(
  text,
  tsParser.parseForESLint(text, {
    range: true,
    loc: true,
    tokens: true,
    comment: true,
  }).ast,
);
const importPlan = {
  needsImport: true,
  createImportFixes: (fixer: TSESLint.RuleFixer): TSESLint.RuleFix[] => [
    fixer.insertTextAfterRange([0, 11], '\nimport { g } from "g";'),
  ],
};

function countAllowed(
  budget: ReturnType<typeof createImportFixBudget>,
  range: TSESLint.AST.Range,
): number {
  let allowed = 0;
  while (allowed < 100_000 && budget.allows(range)) {
    allowed++;
  }
  return allowed;
}

describe('createImportFixBudget', () => {
  it('always allows fixes that need no import', () => {
    const budget = createImportFixBudget(
      { needsImport: false, createImportFixes: () => [] },
      sourceCode,
    );

    expect(countAllowed(budget, [0, 100])).toBe(100_000);
  });

  it('allows spans up to 64 times the file length', () => {
    const budget = createImportFixBudget(importPlan, sourceCode);

    // Each fix spans from the import (11) to the end of its edit (100).
    expect(countAllowed(budget, [90, 100])).toBe(Math.floor(6400 / 89));
  });

  it('counts an edit before the import from the edit on', () => {
    const budget = createImportFixBudget(importPlan, sourceCode);

    expect(countAllowed(budget, [0, 1])).toBe(Math.floor(6400 / 11));
  });

  it('spends nothing on a fix it refuses', () => {
    const budget = createImportFixBudget(importPlan, sourceCode);
    countAllowed(budget, [60, 100]);

    // 6400 - 71 × 89 = 81 left: too little for the long span, enough for a
    // short one.
    expect(budget.allows([90, 100])).toBe(false);
    expect(budget.allows([20, 21])).toBe(true);
  });
});

const linter = new TSESLint.Linter({ configType: 'flat' });
const settings = {
  'secret-hygiene': {
    accessor: { name: 'getSecret', module: './secrets' },
    redactor: { name: 'redact', module: './redact' },
  },
};

function lint(
  code: string,
  rule: TSESLint.RuleModule<string, unknown[]>,
): TSESLint.Linter.LintMessage[] {
  return linter.verify(
    code,
    {
      files: ['**/*.ts'],
      languageOptions: { parser: tsParser },
      plugins: { test: { rules: { rule } } },
      settings,
      rules: { 'test/rule': 'error' },
    },
    'service.ts',
  );
}

// Run-time values, so that no scanner mistakes this file for a leak.
function createValue(index: number): string {
  const alphabet = 'abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';
  let seed = index * 7919 + 17;
  let value = '';
  for (let position = 0; position < 24; position++) {
    seed = (seed * 48_271) % 2_147_483_647;
    value += alphabet.charAt(seed % alphabet.length);
  }
  return value;
}

const READS = 2000;

// The time is measured by the benchmark's scaling part; here, what a long
// file without the import gets.
describe('import-carrying fixes in a long file', () => {
  it('fixes every environment read in one pass, with one import', () => {
    const lines = Array.from(
      { length: READS },
      (_, index) =>
        `export const token${String(index)} = process.env.TOKEN_${String(index)};`,
    );
    const code = `${lines.join('\n')}\n`;
    const messages = lint(code, noDirectEnvAccess);
    const fixed = messages.filter(message => message.fix !== undefined);

    expect(messages).toHaveLength(READS);
    expect(messages[0]?.fix).toBeDefined();
    expect(fixed.length).toBeGreaterThanOrEqual(64);
    expect(fixed.length).toBeLessThan(READS);

    const output = linter.verifyAndFix(
      code,
      {
        files: ['**/*.ts'],
        languageOptions: { parser: tsParser },
        plugins: { test: { rules: { rule: noDirectEnvAccess } } },
        settings,
        rules: { 'test/rule': 'error' },
      },
      { filename: 'service.ts' },
    );
    expect(output.output).not.toContain('process.env');
    expect(output.output.match(/import \{ getSecret \}/gu)).toHaveLength(1);
    expect(output.messages).toEqual([]);
  });

  it('offers the accessor for the first hard-coded values only', () => {
    const lines = Array.from(
      { length: READS },
      (_, index) =>
        `export const apiSecret${String(index)} = '${createValue(index)}';`,
    );
    const messages = lint(`${lines.join('\n')}\n`, noHardcodedSecrets);
    const suggested = messages.filter(
      message => (message.suggestions ?? []).length > 0,
    );

    // A few generated values read as words and are not reported.
    expect(messages.length).toBeGreaterThan(READS * 0.9);
    expect(suggested.length).toBeGreaterThanOrEqual(64);
    expect(suggested.length).toBeLessThan(messages.length);
    expect(suggested).toEqual(messages.slice(0, suggested.length));
  });

  it('offers the redactor for the first logged secrets only', () => {
    const lines = ["const password = getSecret('DB_PASSWORD');"];
    for (let index = 0; index < READS; index++) {
      lines.push(`console.log('attempt ${String(index)}', password);`);
    }
    const code = `import { getSecret } from './secrets';\n${lines.join('\n')}\n`;
    const messages = lint(code, noSecretsInLogs);
    const redacting = messages.filter(message =>
      (message.suggestions ?? []).some(
        suggestion => suggestion.messageId === 'wrapInRedactor',
      ),
    );

    expect(messages).toHaveLength(READS);
    expect(redacting.length).toBeGreaterThanOrEqual(64);
    expect(redacting.length).toBeLessThan(READS);
  });
});
