import { readFileSync } from 'node:fs';
import path from 'node:path';

import tsParser from '@typescript-eslint/parser';
import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';

import { listCorpusFiles, REPOSITORY_ROOT } from '../bench/corpus.js';
import { readReviewed } from '../bench/eval/corpusFindings.js';
import { getCopyPath } from '../bench/workspace.js';
import plugin from '../src/index.js';

const PREFIX = 'secret-hygiene';

// One pass over thousands of files of installed devDependencies; the
// parser takes most of the time.
const CORPUS_TIMEOUT = 900_000;

interface Finding {
  file: string;
  line: number;
  rule: string;
  messageId: string | undefined;
}

// pino tests that a syntax error in an ES module is reported.
const DELIBERATELY_BROKEN = [
  'node_modules/pino/test/fixtures/syntax-error-esm.mjs',
];

// Every rule with its defaults and no settings, as `npm run eval` runs them.
function lintCorpus(): { findings: Finding[]; unparsed: string[] } {
  const linter = new Linter({ configType: 'flat' });
  const config: Linter.Config[] = [
    {
      files: ['**/*.{js,cjs,mjs,ts,cts,mts}'],
      // Their own directives name rules that are not loaded here.
      linterOptions: {
        noInlineConfig: true,
        reportUnusedDisableDirectives: 'off',
      },
      languageOptions: { parser: tsParser },
      plugins: {
        [PREFIX]: { rules: plugin.rules },
      },
      rules: Object.fromEntries(
        Object.keys(plugin.rules).map(name => [`${PREFIX}/${name}`, 'error']),
      ),
    },
  ];

  const findings: Finding[] = [];
  const unparsed: string[] = [];
  for (const file of listCorpusFiles()) {
    const text = readFileSync(path.join(REPOSITORY_ROOT, file.path), 'utf8');
    // ESLint leaves out `node_modules`; lint the files under another name.
    const filename = path.join('corpus', getCopyPath(file));
    for (const message of linter.verify(text, config, { filename })) {
      if (message.fatal === true) {
        unparsed.push(file.path);
      }
      // ESLint's own notes (inline configuration ignored) have no rule.
      if (!message.ruleId?.startsWith(`${PREFIX}/`)) {
        continue;
      }
      findings.push({
        file: getCopyPath(file),
        line: message.line,
        rule: message.ruleId,
        messageId: message.messageId,
      });
    }
  }
  return { findings, unparsed };
}

function compareFindings(left: Finding, right: Finding): number {
  return (
    left.file.localeCompare(right.file) ||
    left.line - right.line ||
    left.rule.localeCompare(right.rule) ||
    (left.messageId ?? '').localeCompare(right.messageId ?? '')
  );
}

// The reviewed list is `bench/corpus-findings.json`, which `npm run eval`
// keeps: each finding marked real or false, with a reason.
const reviewed = readReviewed().findings;

describe('the rules on real code', () => {
  it(
    'report exactly the reviewed findings in the installed corpus',
    () => {
      const expected = reviewed
        .map(({ file, line, rule, messageId }) => ({
          file,
          line,
          rule,
          messageId,
        }))
        .sort(compareFindings);

      const { findings, unparsed } = lintCorpus();

      expect(findings.sort(compareFindings)).toEqual(expected);
      // A parse failure would hide a file from every rule; only the
      // packages' own deliberately broken fixtures may fail.
      expect(unparsed).toEqual(DELIBERATELY_BROKEN);
    },
    CORPUS_TIMEOUT,
  );

  it('give every reviewed finding a verdict and a reason', () => {
    for (const finding of reviewed) {
      expect(finding.verdict).not.toBe('unreviewed');
      expect(finding.reason.length).toBeGreaterThan(20);
    }
  });
});
