import { readFileSync } from 'node:fs';
import path from 'node:path';

import tsParser from '@typescript-eslint/parser';
import { Linter, type Rule } from 'eslint';
import { describe, expect, it } from 'vitest';

import { listCorpusFiles, REPOSITORY_ROOT } from '../bench/corpus.js';
import rule from '../rules/no-hardcoded-secrets.js';
import { REVIEWED_FINDINGS } from './false-positives.expected.js';

const RULE_ID = 'secret-hygiene/no-hardcoded-secrets';

// One pass over thousands of files of installed devDependencies; the
// parser takes most of the time.
const CORPUS_TIMEOUT = 900_000;

interface Finding {
  file: string;
  line: number;
  messageId: string | undefined;
}

function lintCorpus(): Finding[] {
  const linter = new Linter({ configType: 'flat' });
  const config: Linter.Config[] = [
    {
      files: ['**/*.{js,cjs,mjs,ts,cts,mts}'],
      // Their own directives name rules that are not loaded here.
      linterOptions: { noInlineConfig: true },
      languageOptions: { parser: tsParser, sourceType: 'module' },
      plugins: {
        'secret-hygiene': {
          rules: {
            'no-hardcoded-secrets': rule as unknown as Rule.RuleModule,
          },
        },
      },
      rules: { [RULE_ID]: 'error' },
    },
  ];

  const findings: Finding[] = [];
  for (const file of listCorpusFiles()) {
    const text = readFileSync(path.join(REPOSITORY_ROOT, file.path), 'utf8');
    // ESLint leaves out `node_modules`; lint the files under another name.
    const filename = file.path.replace(/^node_modules\//u, 'corpus/');
    for (const message of linter.verify(text, config, { filename })) {
      if (message.ruleId === RULE_ID) {
        findings.push({
          file: file.path,
          line: message.line,
          messageId: message.messageId,
        });
      }
    }
  }
  return findings;
}

describe('no-hardcoded-secrets on real code', () => {
  it(
    'reports exactly the reviewed findings in the installed corpus',
    () => {
      const expected = REVIEWED_FINDINGS.map(({ file, line, messageId }) => ({
        file,
        line,
        messageId,
      }));

      expect(lintCorpus()).toEqual(expected);
    },
    CORPUS_TIMEOUT,
  );

  it('gives every reviewed finding a reason', () => {
    for (const finding of REVIEWED_FINDINGS) {
      expect(finding.reason.length).toBeGreaterThan(20);
    }
  });
});
