/** What a table cell shows for a missing figure. */
export const MISSING = '–';

/** `850 ms`, `12.3 s`; milliseconds under 10 keep one decimal. */
export function formatMs(ms: number | undefined): string {
  if (ms === undefined) {
    return MISSING;
  }
  if (Math.abs(ms) >= 10_000) {
    return `${(ms / 1000).toFixed(1)} s`;
  }
  if (Math.abs(ms) >= 1000) {
    return `${(ms / 1000).toFixed(2)} s`;
  }
  return Math.abs(ms) >= 10 ? `${ms.toFixed(0)} ms` : `${ms.toFixed(1)} ms`;
}

/** `1.08×`. */
export function formatRatio(value: number | undefined): string {
  return value === undefined ? MISSING : `${value.toFixed(2)}×`;
}

/** `97.5%`. */
export function formatPercent(value: number | undefined): string {
  return value === undefined ? MISSING : `${(value * 100).toFixed(1)}%`;
}

/** `312 MB` from kilobytes. */
export function formatMemory(kilobytes: number | undefined): string {
  return kilobytes === undefined
    ? MISSING
    : `${Math.round(kilobytes / 1024)} MB`;
}

/** `+12.5 ms` / `-0.4 ms`. */
export function formatSignedMs(ms: number | undefined): string {
  if (ms === undefined) {
    return MISSING;
  }
  return `${ms >= 0 ? '+' : ''}${formatMs(ms)}`;
}

/** `502,646`. */
export function formatCount(value: number): string {
  return value.toLocaleString('en-US');
}

export type Alignment = 'left' | 'right';

/**
 * A Markdown table whose columns are padded to one width, so that it reads
 * the same on a terminal and in a rendered file. Cells have their pipes
 * escaped; numbers are best right-aligned.
 */
export function renderTable(
  headers: readonly string[],
  rows: readonly (readonly string[])[],
  alignments: readonly Alignment[] = [],
): string {
  const cells = [headers, ...rows].map(row =>
    headers.map((_, index) => escapeCell(row[index] ?? '')),
  );
  const widths = headers.map((_, index) =>
    Math.max(3, ...cells.map(row => (row[index] ?? '').length)),
  );

  const pad = (text: string, index: number): string => {
    const width = widths[index] ?? 0;
    return alignments[index] === 'right'
      ? text.padStart(width)
      : text.padEnd(width);
  };
  const line = (row: readonly string[]): string =>
    `| ${row.map((cell, index) => pad(cell, index)).join(' | ')} |`;
  const separator = widths.map((width, index) =>
    alignments[index] === 'right'
      ? `${'-'.repeat(width - 1)}:`
      : '-'.repeat(width),
  );

  const [head = [], ...body] = cells;
  return [line(head), line(separator), ...body.map(line)].join('\n');
}

function escapeCell(text: string): string {
  return text.replaceAll('|', '\\|').replaceAll('\n', ' ');
}
