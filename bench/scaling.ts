import { growthExponent } from './stats.js';

/** The key of the floor (parse and traverse, no rules) in a measurement. */
export const FLOOR_KEY = '(floor)';

/** Median times of one synthetic input at one size. */
export interface ScalingMeasurement {
  shape: string;
  /** Multiple of the base size: 1, 2, 4, 8. */
  size: number;
  lines: number;
  characters: number;
  /** Milliseconds per rule (ESLint's rule timing), and the floor's. */
  times: Record<string, number>;
  /** Rules that threw on this input, with the reason. */
  errors: Record<string, string>;
}

export type Growth = 'linear' | 'superlinear' | 'to check' | 'too fast to tell';

/** How one rule's time grows on one input. */
export interface ScalingRow {
  shape: string;
  ruleId: string;
  /** Milliseconds at each size, in the order of `sizes`. */
  times: (number | undefined)[];
  exponent: number | undefined;
  growth: Growth;
  error: string | undefined;
}

/**
 * A growth exponent above this is flagged: 1 is linear, 2 quadratic. Timer
 * noise and a busy machine move a linear rule's exponent by a few tenths,
 * so the line sits between the two.
 */
export const SUPERLINEAR_EXPONENT = 1.5;

/** Between this and the flag, the growth is worth a second run. */
export const CHECK_EXPONENT = 1.25;

/** Below this time at the largest size, timer noise hides the trend. */
export const MEASURABLE_MS = 20;

/**
 * Turns the measurements into one row per rule and input: the time at each
 * size, the growth exponent (slope of log time against log size) and a flag
 * when it grows faster than the input.
 */
export function analyzeScaling(
  measurements: readonly ScalingMeasurement[],
  sizes: readonly number[],
): ScalingRow[] {
  const shapes = [...new Set(measurements.map(m => m.shape))];
  const rows: ScalingRow[] = [];
  for (const shape of shapes) {
    const forShape = measurements.filter(m => m.shape === shape);
    const ruleIds = [
      ...new Set(
        forShape.flatMap(m => [
          ...Object.keys(m.times),
          ...Object.keys(m.errors),
        ]),
      ),
    ].sort((left, right) => sortFloorFirst(left, right));

    for (const ruleId of ruleIds) {
      const times = sizes.map(
        size => forShape.find(m => m.size === size)?.times[ruleId],
      );
      const error = forShape.find(m => ruleId in m.errors)?.errors[ruleId];
      const points = sizes.flatMap((size, index) => {
        const time = times[index];
        return time === undefined ? [] : [{ size, time }];
      });
      const exponent = getWorstGrowth(points);
      rows.push({
        shape,
        ruleId,
        times,
        exponent,
        growth: classifyGrowth(exponent, times.at(-1)),
        error,
      });
    }
  }
  return rows;
}

/**
 * The larger of two growth exponents: the slope over every size, and the
 * slope of the last doubling alone. At the small sizes a fixed cost per file
 * hides a quadratic term, which flattens the overall slope; the last
 * doubling shows it (a rule going 94 ms → 329 ms from 4× to 8× has an
 * overall slope of 1.35 but a last doubling of 1.81).
 */
export function getWorstGrowth(
  points: readonly { size: number; time: number }[],
): number | undefined {
  const overall = growthExponent(points);
  const lastDoubling = growthExponent(points.slice(-2));
  if (overall === undefined || lastDoubling === undefined) {
    return overall ?? lastDoubling;
  }
  return Math.max(overall, lastDoubling);
}

/** Whether a growth is worth a flag, given the time at the largest size. */
export function classifyGrowth(
  exponent: number | undefined,
  largestMs: number | undefined,
): Growth {
  if (
    exponent === undefined ||
    largestMs === undefined ||
    largestMs < MEASURABLE_MS
  ) {
    return 'too fast to tell';
  }
  if (exponent > SUPERLINEAR_EXPONENT) {
    return 'superlinear';
  }
  return exponent > CHECK_EXPONENT ? 'to check' : 'linear';
}

function sortFloorFirst(left: string, right: string): number {
  if (left === FLOOR_KEY) {
    return -1;
  }
  if (right === FLOOR_KEY) {
    return 1;
  }
  return left.localeCompare(right);
}
