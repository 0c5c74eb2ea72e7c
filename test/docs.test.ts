import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

import { Linter } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';

import plugin from '../src/index.js';

const docsDirectory = path.resolve(import.meta.dirname, '..', 'docs', 'rules');

interface DocExample {
  verdict: 'correct' | 'incorrect';
  code: string;
  line: number;
}

// A code block belongs to the nearest heading or bold line above it that says
// "Incorrect" or "Correct"; blocks under other headings are not examples.
const VERDICT_LINE = /^(?:#{1,6} |\*\*)[^\n]*\b(Incorrect|Correct)\b/u;
const FENCE_OPEN = /^```(?:ts|tsx|js|jsx|typescript|javascript)\s*$/u;

function getExamples(markdown: string): DocExample[] {
  const examples: DocExample[] = [];
  const lines = markdown.split('\n');
  let verdict: DocExample['verdict'] | undefined;
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index] ?? '';
    const verdictMatch = VERDICT_LINE.exec(line);
    if (verdictMatch) {
      verdict = verdictMatch[1] === 'Incorrect' ? 'incorrect' : 'correct';
      continue;
    }
    if (line.startsWith('## ')) {
      verdict = undefined;
      continue;
    }
    if (verdict === undefined || !FENCE_OPEN.test(line)) {
      continue;
    }

    const end = lines.indexOf('```', index + 1);
    examples.push({
      verdict,
      code: lines.slice(index + 1, end).join('\n'),
      line: index + 2,
    });
    index = end;
  }
  return examples;
}

const linter = new Linter();
const docFiles = readdirSync(docsDirectory).filter(file =>
  file.endsWith('.md'),
);

describe.each(docFiles)('docs/rules/%s', file => {
  const ruleName = file.replace(/\.md$/u, '');
  const examples = getExamples(
    readFileSync(path.join(docsDirectory, file), 'utf8'),
  );

  it('has both incorrect and correct examples', () => {
    expect(examples.some(example => example.verdict === 'incorrect')).toBe(
      true,
    );
    expect(examples.some(example => example.verdict === 'correct')).toBe(true);
  });

  const lint = (code: string): Linter.LintMessage[] =>
    linter.verify(
      code,
      [
        {
          files: ['**/*.tsx'],
          languageOptions: {
            parser: tseslint.parser,
            parserOptions: { ecmaFeatures: { jsx: true } },
          },
          plugins: { 'secret-hygiene': plugin },
          rules: { [`secret-hygiene/${ruleName}`]: 'error' },
        },
      ],
      'example.tsx',
    );
  const incorrect = examples.filter(example => example.verdict === 'incorrect');
  const correct = examples.filter(example => example.verdict === 'correct');

  it.each(incorrect)('incorrect example at line $line reports', ({ code }) => {
    const messages = lint(code);

    expect(messages.filter(message => message.fatal)).toEqual([]);
    expect(messages.length).toBeGreaterThan(0);
  });

  it.each(correct)('correct example at line $line is clean', ({ code }) => {
    expect(lint(code)).toEqual([]);
  });
});
