import { parseForESLint } from '@typescript-eslint/parser';
import { TSESLint } from '@typescript-eslint/utils';
import { describe, expect, it } from 'vitest';

import {
  createSharedImportFixes,
  type TextReplacement,
} from '../src/sharedImportFixes.js';

// A fixer that describes its edits, as ESLint's does.
const fixer = {
  insertTextAfterRange: (range, text) => ({
    range: [range[1], range[1]],
    text,
  }),
  insertTextBeforeRange: (range, text) => ({
    range: [range[0], range[0]],
    text,
  }),
  replaceTextRange: (range, text) => ({ range, text }),
} as Partial<TSESLint.RuleFixer> as TSESLint.RuleFixer;

const text = 'import "a";\nuse(X);\nuse(Y);\n';
const sourceCode = new TSESLint.SourceCode(
  text,
  parseForESLint(text, { range: true, loc: true, tokens: true, comment: true })
    .ast,
);

// After `import "a";`, at offset 11.
const importPlan = {
  needsImport: true,
  createImportFixes: (each: TSESLint.RuleFixer): TSESLint.RuleFix[] => [
    each.insertTextAfterRange([0, 11], '\nimport { g } from "g";'),
  ],
};

const x: TextReplacement = { range: [16, 17], text: 'g("X")' };
const y: TextReplacement = { range: [24, 25], text: 'g("Y")' };

function describeFixes(
  fixes: ReturnType<typeof createSharedImportFixes>,
): (string[] | null)[] {
  return fixes.map(
    fix =>
      fix?.(fixer).map(
        part =>
          `${String(part.range[0])}-${String(part.range[1])}:${part.text}`,
      ) ?? null,
  );
}

describe('createSharedImportFixes', () => {
  it('gives the first report the import and every edit', () => {
    const fixes = createSharedImportFixes([x, y], importPlan, sourceCode);

    expect(describeFixes(fixes)).toEqual([
      ['11-11:\nimport { g } from "g";', '16-17:g("X")', '24-25:g("Y")'],
      ['11-11:\nimport { g } from "g";', '24-25:g("Y")', '28-28:'],
    ]);
  });

  it('puts a shared edit once into the first fix', () => {
    const fixes = createSharedImportFixes([x, x, y], importPlan, sourceCode);

    expect(describeFixes(fixes)[0]).toEqual([
      '11-11:\nimport { g } from "g";',
      '16-17:g("X")',
      '24-25:g("Y")',
    ]);
  });

  it('leaves out reports without a replacement, and edits before the import', () => {
    const early: TextReplacement = { range: [0, 6], text: 'g("Z")' };
    const fixes = createSharedImportFixes(
      [early, null, y],
      importPlan,
      sourceCode,
    );

    expect(describeFixes(fixes)).toEqual([
      null,
      null,
      ['11-11:\nimport { g } from "g";', '24-25:g("Y")'],
    ]);
  });

  it('gives each report its own edit when it cannot bundle', () => {
    const fixes = createSharedImportFixes(
      [x, y],
      importPlan,
      sourceCode,
      false,
    );

    expect(describeFixes(fixes)).toEqual([
      ['11-11:\nimport { g } from "g";', '16-17:g("X")', '28-28:'],
      ['11-11:\nimport { g } from "g";', '24-25:g("Y")', '28-28:'],
    ]);
  });

  it('gives each report its own edit once the import is there', () => {
    const fixes = createSharedImportFixes(
      [x, y],
      { needsImport: false, createImportFixes: () => [] },
      sourceCode,
    );

    expect(describeFixes(fixes)).toEqual([['16-17:g("X")'], ['24-25:g("Y")']]);
  });
});
