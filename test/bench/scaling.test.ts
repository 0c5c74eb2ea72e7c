import { describe, expect, it } from 'vitest';

import {
  analyzeScaling,
  classifyGrowth,
  FLOOR_KEY,
  getWorstGrowth,
  type ScalingMeasurement,
} from '../../bench/scaling.js';

const SIZES = [1, 2, 4, 8];

function measurements(
  times: (size: number) => Record<string, number>,
  errors: Record<string, string> = {},
): ScalingMeasurement[] {
  return SIZES.map(size => ({
    shape: 'short-strings',
    size,
    lines: size * 300,
    characters: size * 9000,
    times: times(size),
    errors,
  }));
}

describe('analyzeScaling', () => {
  it('gives the floor first, then each rule, with its exponent', () => {
    const rows = analyzeScaling(
      measurements(size => ({
        'b/quadratic': size * size * 10,
        [FLOOR_KEY]: size * 20,
        'a/linear': size * 10,
      })),
      SIZES,
    );
    expect(rows.map(row => row.ruleId)).toEqual([
      FLOOR_KEY,
      'a/linear',
      'b/quadratic',
    ]);
    expect(rows[1]).toMatchObject({
      times: [10, 20, 40, 80],
      growth: 'linear',
    });
    expect(rows[2]?.growth).toBe('superlinear');
    expect(rows[2]?.exponent).toBeCloseTo(2, 6);
  });

  it('keeps a rule that threw, with its reason', () => {
    const rows = analyzeScaling(
      measurements(size => ({ [FLOOR_KEY]: size }), { 'a/rule': 'boom' }),
      SIZES,
    );
    expect(rows.find(row => row.ruleId === 'a/rule')).toMatchObject({
      times: [undefined, undefined, undefined, undefined],
      error: 'boom',
      growth: 'too fast to tell',
    });
  });
});

describe('getWorstGrowth', () => {
  const points = (times: readonly number[]) =>
    times.map((time, index) => ({ size: SIZES[index] ?? 0, time }));

  it('flags a quadratic term that only the last doubling shows', () => {
    // A fixed cost per file hides it at the small sizes: the overall slope
    // is 1.35, the last doubling 1.81.
    const growth = getWorstGrowth(points([20, 34, 94, 329]));
    expect(growth).toBeCloseTo(Math.log2(329 / 94), 6);
    expect(classifyGrowth(growth, 329)).toBe('superlinear');
  });

  it('keeps the overall slope when the last doubling is flatter', () => {
    expect(getWorstGrowth(points([10, 40, 160, 400]))).toBeCloseTo(1.8, 1);
  });

  it('is linear for linear times', () => {
    expect(getWorstGrowth(points([10, 20, 40, 80]))).toBeCloseTo(1, 6);
  });
});

describe('classifyGrowth', () => {
  it.each([
    [1, 50, 'linear'],
    [1.2, 50, 'linear'],
    [1.4, 50, 'to check'],
    [1.6, 50, 'superlinear'],
    [2, 3, 'too fast to tell'],
    [undefined, 50, 'too fast to tell'],
  ] as const)('exponent %j at %j ms is %j', (exponent, ms, growth) => {
    expect(classifyGrowth(exponent, ms)).toBe(growth);
  });
});
