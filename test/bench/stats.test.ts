import { describe, expect, it } from 'vitest';

import {
  addedPerThousandLines,
  getPrecision,
  getRecall,
  growthExponent,
  median,
  ratio,
} from '../../bench/stats.js';

describe('median', () => {
  it.each([
    [[], undefined],
    [[5], 5],
    [[3, 1, 2], 2],
    [[4, 1, 3, 2], 2.5],
    [[10, 10, 1000], 10],
  ])('of %j is %j', (values, expected) => {
    expect(median(values)).toBe(expected);
  });

  it('does not reorder its input', () => {
    const values = [3, 1, 2];
    median(values);
    expect(values).toEqual([3, 1, 2]);
  });
});

describe('ratio', () => {
  it.each([
    [110, 100, 1.1],
    [50, 100, 0.5],
    [undefined, 100, undefined],
    [100, undefined, undefined],
    [100, 0, undefined],
  ])('%j over %j is %j', (value, base, expected) => {
    expect(ratio(value, base)).toBe(expected);
  });
});

describe('addedPerThousandLines', () => {
  it('spreads the time over the floor across the lines', () => {
    expect(addedPerThousandLines(1500, 1000, 250_000)).toBe(2);
  });

  it('is negative for a tool faster than the floor', () => {
    expect(addedPerThousandLines(500, 1000, 1000)).toBe(-500);
  });

  it.each([
    [undefined, 1000, 10],
    [1000, undefined, 10],
    [1000, 1000, 0],
  ])('is undefined for %j, %j, %j lines', (value, floor, lines) => {
    expect(addedPerThousandLines(value, floor, lines)).toBeUndefined();
  });
});

describe('growthExponent', () => {
  const sizes = [1, 2, 4, 8];

  it('is 1 for linear growth', () => {
    const points = sizes.map(size => ({ size, time: 3 * size }));
    expect(growthExponent(points)).toBeCloseTo(1, 6);
  });

  it('is 2 for quadratic growth', () => {
    const points = sizes.map(size => ({ size, time: size * size }));
    expect(growthExponent(points)).toBeCloseTo(2, 6);
  });

  it('is 0 for constant time', () => {
    const points = sizes.map(size => ({ size, time: 7 }));
    expect(growthExponent(points)).toBeCloseTo(0, 6);
  });

  it.each([
    [[]],
    [[{ size: 1, time: 1 }]],
    [
      [
        { size: 1, time: 0 },
        { size: 2, time: 1 },
      ],
    ],
    [
      [
        { size: 2, time: 1 },
        { size: 2, time: 3 },
      ],
    ],
  ])('is undefined for %j', points => {
    expect(growthExponent(points)).toBeUndefined();
  });
});

describe('recall and precision', () => {
  it('divides what was found by what was expected and reported', () => {
    const score = { found: 9, expected: 10, falseAlarms: 3 };
    expect(getRecall(score)).toBe(0.9);
    expect(getPrecision(score)).toBe(0.75);
  });

  it('has no recall without labels and no precision without reports', () => {
    const score = { found: 0, expected: 0, falseAlarms: 0 };
    expect(getRecall(score)).toBeUndefined();
    expect(getPrecision(score)).toBeUndefined();
  });
});
