import { describe, expect, it } from 'vitest';

import { selectPairedTools, summarizePaired } from '../../bench/paired.js';
import { standardDeviation, sum } from '../../bench/stats.js';
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

  it('sums what a tool adds to the floor, file by file', () => {
    const report = summarizePaired([floor, all], {
      times: { [floor.id]: [10, 20, 30], [all.id]: [11, 21, 33] },
      findings: { [floor.id]: 0, [all.id]: 4 },
    });

    expect(report.error).toBeUndefined();
    expect(report.floorMs).toBe(60);
    expect(report.rows[1]).toMatchObject({
      totalMs: 65,
      findings: 4,
      files: 3,
    });
    expect(report.rows[1]?.addedMs).toBeCloseTo(5);
    expect(report.rows[1]?.addedShare).toBeCloseTo(5 / 60);
  });

  it('takes the margin from the spread of the differences', () => {
    // Differences 1, 1, 3: two standard errors of their sum, over the floor.
    const report = summarizePaired([floor, all], {
      times: { [floor.id]: [10, 20, 30], [all.id]: [11, 21, 33] },
      findings: {},
    });
    const expected = (2 * Math.sqrt(3) * standardDeviation([1, 1, 3])) / 60;

    expect(report.rows[1]?.margin).toBeCloseTo(expected);
    expect(report.rows[0]?.margin).toBe(0);
  });

  it('gives no margin when every file adds the same', () => {
    const report = summarizePaired([floor, all], {
      times: { [floor.id]: [10, 20], [all.id]: [12, 22] },
      findings: {},
    });

    expect(report.rows[1]?.margin).toBe(0);
    expect(report.rows[1]?.addedShare).toBeCloseTo(4 / 30);
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

describe('sum and standardDeviation', () => {
  it('add up and spread', () => {
    expect(sum([])).toBe(0);
    expect(sum([1, 2, 3.5])).toBe(6.5);
    expect(standardDeviation([5])).toBe(0);
    expect(standardDeviation([2, 4, 4, 4, 5, 5, 7, 9])).toBeCloseTo(2.138, 3);
  });
});
