import { describe, expect, it } from 'vitest';

import {
  applyDiff,
  describeEntry,
  diffFindings,
  type ReviewedFinding,
} from '../../bench/eval/corpusFindings.js';
import type { Finding } from '../../bench/findings.js';

const RULE = 'secret-hygiene/no-hardcoded-secrets';

function reviewed(file: string, line: number): ReviewedFinding {
  return {
    file,
    line,
    rule: RULE,
    messageId: 'providerToken',
    verdict: 'real',
    reason: 'a test fixture with a credential-shaped value',
  };
}

function found(file: string, line: number): Finding {
  return {
    file,
    line,
    endLine: line,
    ruleId: RULE,
    messageId: 'providerToken',
  };
}

describe('diffFindings', () => {
  const list = [
    reviewed('a.js', 1),
    reviewed('a.js', 1),
    reviewed('b.js', 5),
    reviewed('c.js', 9),
  ];

  it('sorts findings into kept, added and gone, counting repeats', () => {
    const diff = diffFindings(
      list,
      [found('a.js', 1), found('b.js', 6), found('b.js', 5)],
      new Set(['a.js', 'b.js', 'c.js']),
    );
    expect(diff.kept).toEqual([list[0], list[2]]);
    expect(diff.added).toEqual([found('b.js', 6)]);
    expect(diff.gone).toEqual([list[1], list[3]]);
  });

  it('ignores reviewed entries of files that were not linted', () => {
    const diff = diffFindings(
      list,
      [found('a.js', 1), found('a.js', 1)],
      new Set(['a.js']),
    );
    expect(diff).toEqual({ added: [], gone: [], kept: [list[0], list[1]] });
  });

  it('tells a finding with another message apart', () => {
    const diff = diffFindings(
      [reviewed('b.js', 5)],
      [{ ...found('b.js', 5), messageId: 'secretContext' }],
      new Set(['b.js']),
    );
    expect(diff.added).toHaveLength(1);
    expect(diff.gone).toHaveLength(1);
  });
});

describe('applyDiff', () => {
  it('keeps reviewed entries, adds new ones unreviewed, drops gone ones', () => {
    const kept = reviewed('a.js', 1);
    const gone = reviewed('c.js', 9);
    const next = applyDiff([kept, gone], {
      kept: [kept],
      gone: [gone],
      added: [found('b.js', 6)],
    });
    expect(next).toEqual([
      kept,
      {
        file: 'b.js',
        line: 6,
        rule: RULE,
        messageId: 'providerToken',
        verdict: 'unreviewed',
        reason: '',
      },
    ]);
  });
});

describe('describeEntry', () => {
  it('reads as file:line rule (messageId)', () => {
    expect(describeEntry(reviewed('pg/lib/client.js', 12))).toBe(
      `pg/lib/client.js:12 ${RULE} (providerToken)`,
    );
  });
});
