import { describe, expect, it } from 'vitest';

import {
  formatMemory,
  formatMs,
  formatPercent,
  formatRatio,
  formatSignedMs,
  MISSING,
  renderTable,
} from '../../bench/format.js';

describe('number formats', () => {
  it.each([
    [undefined, MISSING],
    [0.26, '0.3 ms'],
    [9.94, '9.9 ms'],
    [850, '850 ms'],
    [1234, '1.23 s'],
    [61_234, '61.2 s'],
  ])('formatMs(%j) is %j', (ms, text) => {
    expect(formatMs(ms)).toBe(text);
  });

  it('signs added times', () => {
    expect(formatSignedMs(12.6)).toBe('+13 ms');
    expect(formatSignedMs(-0.4)).toBe('-0.4 ms');
    expect(formatSignedMs(undefined)).toBe(MISSING);
  });

  it('formats ratios, shares and memory', () => {
    expect(formatRatio(1.0789)).toBe('1.08×');
    expect(formatPercent(0.975)).toBe('97.5%');
    expect(formatMemory(204_800)).toBe('200 MB');
    expect(formatRatio(undefined)).toBe(MISSING);
  });
});

describe('renderTable', () => {
  it('pads every column to one width and aligns numbers right', () => {
    const table = renderTable(
      ['Tool', 'Time'],
      [
        ['floor', '1.2 s'],
        ['a longer name', '85 ms'],
      ],
      ['left', 'right'],
    );
    expect(table.split('\n')).toEqual([
      '| Tool          |  Time |',
      '| ------------- | ----: |',
      '| floor         | 1.2 s |',
      '| a longer name | 85 ms |',
    ]);
  });

  it('escapes pipes and newlines in cells and fills missing cells', () => {
    const table = renderTable(['A', 'B'], [['x|y\nz']]);
    expect(table.split('\n')[2]).toBe('| x\\|y z |     |');
  });
});
