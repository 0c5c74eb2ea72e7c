import { describe, expect, it } from 'vitest';

import {
  getShareBeyond,
  selectPairedTools,
  summarizePaired,
} from '../../bench/paired.js';
import { mean, standardDeviation, sum } from '../../bench/stats.js';
import {
  createTools,
  type EslintTool,
  FLOOR_TOOL_ID,
} from '../../bench/tools.js';

const tools = createTools({
  rules: {},
  presets: {},
  error: 'not loaded',
  ruleErrors: { 'no-hardcoded-secrets': 'not loaded' },
});
const eslintTools = selectPairedTools(tools);
const byId = (id: string): EslintTool => {
  const tool = eslintTools.find(candidate => candidate.id === id);
  if (tool === undefined) {
    throw new Error(`no tool ${id}`);
  }
  return tool;
};

describe('selectPairedTools', () => {
  it('keeps the ESLint tools, floor first', () => {
    expect(eslintTools.map(tool => tool.id)).toEqual([
      FLOOR_TOOL_ID,
      'any-rule',
      'secret-hygiene-recommended',
      'secret-hygiene-all',
      'secret-hygiene-no-hardcoded-secrets',
      'no-secrets',
      'sonarjs',
      'n-no-process-env',
    ]);
  });

  it('puts the floor first wherever it stands', () => {
    const reordered = [...tools].reverse();
    expect(selectPairedTools(reordered)[0]?.id).toBe(FLOOR_TOOL_ID);
  });

  it('gives nothing without a floor to compare with', () => {
    expect(
      selectPairedTools(tools.filter(tool => tool.id !== FLOOR_TOOL_ID)),
    ).toEqual([]);
  });
});

describe('summarizePaired', () => {
  const floor = byId(FLOOR_TOOL_ID);
  const all = byId('secret-hygiene-all');

  it("averages each round's time over the floor's in that round", () => {
    const report = summarizePaired([floor, all], {
      times: { [floor.id]: [100, 200, 100], [all.id]: [110, 230, 105] },
      findings: { [floor.id]: 0, [all.id]: 4 },
    });

    expect(report.error).toBeUndefined();
    expect(report.floorMs).toBeCloseTo(400 / 3);
    expect(report.rows[1]).toMatchObject({ rounds: 3, findings: 4 });
    expect(report.rows[1]?.totalMs).toBeCloseTo(445 / 3);
    expect(report.rows[1]?.addedMs).toBeCloseTo(15);
    // Shares 10%, 15%, 5%: a slow round of the machine weighs no more.
    expect(report.rows[1]?.addedShare).toBeCloseTo(0.1);
  });

  it('takes the margin from the spread of the rounds', () => {
    const report = summarizePaired([floor, all], {
      times: { [floor.id]: [100, 200, 100], [all.id]: [110, 230, 105] },
      findings: {},
    });
    const expected = (2 * standardDeviation([0.1, 0.15, 0.05])) / Math.sqrt(3);

    expect(report.rows[1]?.margin).toBeCloseTo(expected);
    expect(report.rows[0]?.margin).toBe(0);
  });

  it('gives no margin when every round adds the same share', () => {
    const report = summarizePaired([floor, all], {
      times: { [floor.id]: [100, 200], [all.id]: [110, 220] },
      findings: {},
    });

    expect(report.rows[1]?.margin).toBe(0);
    expect(report.rows[1]?.addedShare).toBeCloseTo(0.1);
  });

  it('cannot bound a single round', () => {
    const report = summarizePaired([floor, all], {
      times: { [floor.id]: [100], [all.id]: [110] },
      findings: {},
    });

    expect(report.rows[1]?.addedShare).toBeCloseTo(0.1);
    expect(report.rows[1]?.margin).toBe(Number.POSITIVE_INFINITY);
  });

  it('compares only the rounds that the floor ran too', () => {
    const report = summarizePaired([floor, all], {
      times: { [floor.id]: [100], [all.id]: [110, 500] },
      findings: {},
    });

    expect(report.rows[1]).toMatchObject({ rounds: 1, totalMs: 110 });
  });

  it('fails plainly when the floor was not timed', () => {
    const report = summarizePaired([floor, all], {
      times: { [all.id]: [1] },
      findings: {},
    });

    expect(report.rows).toEqual([]);
    expect(report.error).toBe('the floor was not timed');
  });
});

describe('getShareBeyond', () => {
  const floor = byId(FLOOR_TOOL_ID);
  const all = byId('secret-hygiene-all');
  const none = byId('any-rule');

  it('pairs two tools round by round, so that a slow round moves both', () => {
    const report = summarizePaired([floor, none, all], {
      times: {
        [floor.id]: [100, 100, 100],
        [none.id]: [110, 150, 112],
        [all.id]: [115, 158, 118],
      },
      findings: {},
    });
    const reference = report.rows.at(1);
    const row = report.rows.at(2);
    if (row === undefined || reference === undefined) {
      throw new Error('rows missing');
    }

    const beyond = getShareBeyond(row, reference);
    // Beyond the reference: 5%, 8%, 6% of the floor.
    expect(beyond.share).toBeCloseTo(19 / 300);
    expect(beyond.margin).toBeCloseTo(
      (2 * standardDeviation([0.05, 0.08, 0.06])) / Math.sqrt(3),
    );
    // Far narrower than the margin of either share alone.
    expect(beyond.margin).toBeLessThan(row.margin / 4);
  });

  it('cannot bound fewer than two common rounds', () => {
    const report = summarizePaired([floor, none, all], {
      times: { [floor.id]: [100], [none.id]: [110], [all.id]: [120] },
      findings: {},
    });
    const reference = report.rows.at(1);
    const row = report.rows.at(2);
    if (row === undefined || reference === undefined) {
      throw new Error('rows missing');
    }

    expect(getShareBeyond(row, reference)).toEqual({
      share: expect.closeTo(0.1) as number,
      margin: Number.POSITIVE_INFINITY,
    });
  });
});

describe('mean, sum and standardDeviation', () => {
  it('average, add up and spread', () => {
    expect(mean([])).toBe(0);
    expect(mean([1, 2, 6])).toBe(3);
    expect(sum([])).toBe(0);
    expect(sum([1, 2, 3.5])).toBe(6.5);
    expect(standardDeviation([5])).toBe(0);
    expect(standardDeviation([2, 4, 4, 4, 5, 5, 7, 9])).toBeCloseTo(2.138, 3);
  });
});
