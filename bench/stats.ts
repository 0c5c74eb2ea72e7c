/** The median of some numbers; `undefined` for none. */
export function median(values: readonly number[]): number | undefined {
  if (values.length === 0) {
    return undefined;
  }

  const sorted = [...values].sort((left, right) => left - right);
  const middle = Math.floor(sorted.length / 2);
  if (sorted.length % 2 === 1) {
    return sorted[middle];
  }
  return ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

/** `value / base`, or `undefined` when either is missing or the base is 0. */
export function ratio(
  value: number | undefined,
  base: number | undefined,
): number | undefined {
  if (value === undefined || base === undefined || base === 0) {
    return undefined;
  }
  return value / base;
}

/** Time added over the floor per 1,000 lines of input, in milliseconds. */
export function addedPerThousandLines(
  valueMs: number | undefined,
  floorMs: number | undefined,
  lines: number,
): number | undefined {
  if (valueMs === undefined || floorMs === undefined || lines === 0) {
    return undefined;
  }
  return (valueMs - floorMs) / (lines / 1000);
}

/**
 * The growth exponent of time against size: the slope of the least-squares
 * line through `(log size, log time)`. 1 is linear, 2 quadratic.
 * `undefined` with fewer than two points or a non-positive value.
 */
export function growthExponent(
  points: readonly { size: number; time: number }[],
): number | undefined {
  if (points.length < 2 || points.some(p => p.size <= 0 || p.time <= 0)) {
    return undefined;
  }

  const xs = points.map(p => Math.log(p.size));
  const ys = points.map(p => Math.log(p.time));
  const meanX = xs.reduce((sum, x) => sum + x, 0) / xs.length;
  const meanY = ys.reduce((sum, y) => sum + y, 0) / ys.length;
  let covariance = 0;
  let variance = 0;
  xs.forEach((x, index) => {
    covariance += (x - meanX) * ((ys[index] ?? 0) - meanY);
    variance += (x - meanX) ** 2;
  });
  return variance === 0 ? undefined : covariance / variance;
}

/** Recall and precision of a set of judged findings. */
export interface Score {
  /** Labeled secrets the tool found. */
  found: number;
  /** Labeled secrets it should have found. */
  expected: number;
  /** Findings that matched no label: false alarms. */
  falseAlarms: number;
}

/** `found / expected`; `undefined` when nothing was expected. */
export function getRecall(score: Score): number | undefined {
  return score.expected === 0 ? undefined : score.found / score.expected;
}

/** `found / (found + false alarms)`; `undefined` when nothing was reported. */
export function getPrecision(score: Score): number | undefined {
  const reported = score.found + score.falseAlarms;
  return reported === 0 ? undefined : score.found / reported;
}

/** The sum of some numbers. */
export function sum(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0);
}

/** The arithmetic mean; 0 for no values. */
export function mean(values: readonly number[]): number {
  return values.length === 0 ? 0 : sum(values) / values.length;
}

/** The sample standard deviation; 0 for fewer than two values. */
export function standardDeviation(values: readonly number[]): number {
  if (values.length < 2) {
    return 0;
  }

  const average = mean(values);
  const squares = values.map(value => (value - average) ** 2);
  return Math.sqrt(sum(squares) / (values.length - 1));
}
