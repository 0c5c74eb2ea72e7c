import { describe, expect, it } from 'vitest';

import { type EvalCase, mark, snippet } from '../../bench/eval/labels.js';
import {
  countFound,
  findFalseAlarms,
  getCategories,
  listMissed,
  scoreCategory,
} from '../../bench/eval/score.js';
import type { Finding } from '../../bench/findings.js';

describe('snippet', () => {
  it('labels the lines a mark spans and drops the first newline', () => {
    const key = ['line one', 'line two'].join('\n');
    const { code, labels } = snippet`
const a = 1;
const b = ${mark(`\`${key}\``, 'hardcoded', { family: 'keys' })};
console.log(${mark('b', ['logged', 'env-access'])});
`;
    expect(code.startsWith('const a = 1;\n')).toBe(true);
    expect(labels).toEqual([
      {
        line: 2,
        endLine: 3,
        category: 'hardcoded',
        family: 'keys',
        provider: undefined,
        optional: false,
      },
      {
        line: 4,
        endLine: 4,
        category: 'logged',
        family: 'logged',
        provider: undefined,
        optional: false,
      },
      {
        line: 4,
        endLine: 4,
        category: 'env-access',
        family: 'logged',
        provider: undefined,
        optional: false,
      },
    ]);
  });

  it('pastes plain values without labels', () => {
    const { code, labels } = snippet`const name = '${'value'}';`;
    expect(code).toBe("const name = 'value';");
    expect(labels).toEqual([]);
  });
});

const cases: EvalCase[] = [
  {
    id: 'token',
    file: 'providers/token.ts',
    code: '',
    kind: 'payments',
    context: 'neutral',
    labels: [
      {
        line: 3,
        endLine: 3,
        category: 'hardcoded',
        family: 'payments',
        provider: 'Stripe',
        optional: false,
      },
    ],
  },
  {
    id: 'key',
    file: 'snippets/key.ts',
    code: '',
    kind: 'keys',
    context: 'snippet',
    labels: [
      {
        line: 2,
        endLine: 6,
        category: 'hardcoded',
        family: 'keys',
        provider: undefined,
        optional: false,
      },
      {
        line: 9,
        endLine: 9,
        category: 'hardcoded',
        family: 'weak',
        provider: undefined,
        optional: true,
      },
    ],
  },
  {
    id: 'clean',
    file: 'negatives/clean.ts',
    code: '',
    kind: 'placeholder',
    context: 'snippet',
    labels: [],
  },
];

function finding(
  file: string,
  line: number,
  ruleId: string,
  endLine = line,
): Finding {
  return { file, line, endLine, ruleId, messageId: undefined };
}

describe('scoring', () => {
  const findings = [
    // Inside the key block: found.
    finding('snippets/key.ts', 4, 'no-secrets/no-secrets'),
    // A second report of the same key: neither found again nor a false alarm.
    finding('snippets/key.ts', 1, 'no-secrets/no-secrets', 2),
    // On an optional label: ignored.
    finding('snippets/key.ts', 9, 'no-secrets/no-secrets'),
    // Wrong line of a labeled file, and a clean file: false alarms.
    finding('providers/token.ts', 1, 'no-secrets/no-secrets'),
    finding('negatives/clean.ts', 2, 'no-secrets/no-secrets'),
    // Another kind of rule: not a hardcoded-secret finding at all.
    finding('providers/token.ts', 3, 'n/no-process-env'),
  ];

  it('counts the labels hit by findings of the same kind', () => {
    expect(countFound(cases, findings, 'hardcoded')).toEqual({
      expected: 2,
      found: 1,
    });
  });

  it('counts only the labels a filter keeps', () => {
    expect(
      countFound(
        cases,
        findings,
        'hardcoded',
        label => label.family === 'payments',
      ),
    ).toEqual({ expected: 1, found: 0 });
  });

  it('lists the findings that meet no label as false alarms', () => {
    expect(findFalseAlarms(cases, findings, 'hardcoded')).toEqual([
      findings[3],
      findings[4],
    ]);
    expect(scoreCategory(cases, findings, 'hardcoded')).toEqual({
      expected: 2,
      found: 1,
      falseAlarms: 2,
    });
  });

  it('treats every environment finding on unlabeled lines as wrong', () => {
    expect(findFalseAlarms(cases, findings, 'env-access')).toEqual([
      findings[5],
    ]);
  });

  it('lists the missed labels', () => {
    expect(
      listMissed(cases, findings, 'hardcoded').map(
        ({ evalCase }) => evalCase.id,
      ),
    ).toEqual(['token']);
  });

  it('knows what each rule looks for', () => {
    expect(
      getCategories([
        'secret-hygiene/no-secrets-in-logs',
        'sonarjs/no-hardcoded-secrets',
        'biome/noSecrets',
        'unknown/rule',
      ]),
    ).toEqual(['hardcoded', 'logged']);
  });
});
