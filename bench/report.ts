import { PARSE_TIME_KEY, type ToolResult } from './findings.js';
import {
  type Alignment,
  formatCount,
  formatMemory,
  formatMs,
  formatRatio,
  formatSignedMs,
  MISSING,
  renderTable,
} from './format.js';
import {
  HOSTILE_EXPONENT,
  type HostileReport,
  HOSTILE_LIMIT_MS,
  isHostileFlagged,
} from './hostile.js';
import { getOwn } from './records.js';
import type { ScalingRow } from './scaling.js';
import { FLOOR_KEY, MEASURABLE_MS, SUPERLINEAR_EXPONENT } from './scaling.js';
import type { SpeedSummary } from './speed.js';
import { PLUGIN_PREFIX } from './tools.js';

export type Verdict = 'met' | 'missed' | 'not measured';

export interface Target {
  text: string;
  verdict: Verdict;
  detail: string;
}

/** The share of the floor that all of this plugin's rules may add. */
export const MAX_ADDED_SHARE = 0.1;

const RIGHT: Alignment = 'right';

/**
 * The speed table: one row per tool. A failed tool shows "failed" (its
 * reason goes to the notes). Time added over the floor is given for ESLint
 * tools only: Biome and secretlint are whole programs, not additions to an
 * ESLint run.
 */
export function renderSpeedTable(summaries: readonly SpeedSummary[]): string {
  const rows = summaries.map(summary => {
    if (!summary.ok) {
      return [summary.tool.label, 'failed', '', '', '', '', ''];
    }
    return [
      summary.tool.label,
      formatMs(summary.wallMs),
      formatMs(summary.lintMs),
      formatRatio(summary.ratioToFloor),
      summary.tool.kind === 'eslint'
        ? formatSignedMs(summary.addedPerThousandLines)
        : MISSING,
      formatMemory(summary.maxRssKb),
      summary.findings === undefined
        ? MISSING
        : `${formatCount(summary.findings)}${summary.findingsVary ? ' (varied)' : ''}`,
    ];
  });
  return renderTable(
    [
      'Tool',
      'Median time',
      'Lint only',
      '× floor',
      'Added per 1,000 lines',
      'Peak memory',
      'Findings',
    ],
    rows,
    ['left', RIGHT, RIGHT, RIGHT, RIGHT, RIGHT, RIGHT],
  );
}

/** One note per failed tool, with its reason. */
export function listFailures(summaries: readonly SpeedSummary[]): string[] {
  return summaries
    .filter(summary => !summary.ok)
    .map(
      summary =>
        `${summary.tool.label} failed: ${summary.error ?? 'unknown error'}`,
    );
}

/** Per-rule times from ESLint's rule timing, slowest first. */
export function renderRuleTimes(result: ToolResult, lines: number): string {
  if (!result.ok || result.ruleTimes === undefined) {
    return `Rule timing failed: ${result.error ?? 'no times'}.`;
  }

  const parseMs = getOwn(result.ruleTimes, PARSE_TIME_KEY);
  const rows = Object.entries(result.ruleTimes)
    .filter(([ruleId]) => ruleId !== PARSE_TIME_KEY)
    .sort(([, left], [, right]) => right - left)
    .map(([ruleId, ms]) => [
      ruleId,
      formatMs(ms),
      formatMs(ms / (lines / 1000)),
      parseMs === undefined || parseMs === 0
        ? MISSING
        : `${((ms / parseMs) * 100).toFixed(1)}%`,
    ]);
  rows.push([
    '(parsing, for scale)',
    formatMs(parseMs),
    formatMs((parseMs ?? 0) / (lines / 1000)),
    '100%',
  ]);
  return renderTable(
    ['Rule', 'Time', 'Per 1,000 lines', 'Of parse time'],
    rows,
    ['left', RIGHT, RIGHT, RIGHT],
  );
}

/** The scaling table: time per size, growth exponent, verdict. */
export function renderScalingTable(
  rows: readonly ScalingRow[],
  sizes: readonly number[],
  titles: Readonly<Record<string, string>>,
): string {
  return renderTable(
    [
      'Input',
      'Rule',
      ...sizes.map(size => `${String(size)}×`),
      'Exponent',
      'Growth',
    ],
    rows.map(row => [
      titles[row.shape] ?? row.shape,
      row.ruleId === FLOOR_KEY ? 'floor (parse + traverse)' : row.ruleId,
      ...row.times.map(time => formatMs(time)),
      row.exponent === undefined ? MISSING : row.exponent.toFixed(2),
      row.error === undefined ? flagGrowth(row) : `failed: ${row.error}`,
    ]),
    ['left', 'left', ...sizes.map(() => RIGHT), RIGHT, 'left'],
  );
}

function flagGrowth(row: ScalingRow): string {
  return row.growth === 'superlinear' ? '**superlinear**' : row.growth;
}

/** Rows whose growth deserves a second look, for the notes. */
export function listGrowthToCheck(rows: readonly ScalingRow[]): string[] {
  return rows
    .filter(row => row.growth === 'to check')
    .map(
      row =>
        `${row.ruleId} on ${row.shape} grew with exponent ${row.exponent?.toFixed(2) ?? MISSING}: ` +
        'between linear and the flag; run the scaling check again on a quiet machine.',
    );
}

/** The slowest patterns, and every flagged one, of the hostile check. */
export function renderHostileTable(report: HostileReport, limit = 10): string {
  const sorted = [...report.measurements].sort(
    (left, right) => right.worstMs - left.worstMs,
  );
  const shown = sorted.filter(
    (measurement, index) => index < limit || isHostileFlagged(measurement),
  );
  const rows = shown.map(measurement => [
    measurement.origin,
    truncate(measurement.source, 60),
    formatMs(measurement.worstMs),
    formatCount(measurement.worstLength),
    measurement.exponent === undefined
      ? MISSING
      : measurement.exponent.toFixed(2),
    isHostileFlagged(measurement) ? '**flagged**' : 'ok',
  ]);
  for (const hang of report.hangs) {
    rows.push([hang.origin, '', 'did not finish', '', '', '**flagged**']);
  }
  return renderTable(
    ['Where', 'Pattern', 'Worst time', 'Input length', 'Exponent', 'Verdict'],
    rows,
    ['left', 'left', RIGHT, RIGHT, RIGHT, 'left'],
  );
}

/** The targets, judged on this run's figures. */
export function judgeTargets(
  summaries: readonly SpeedSummary[],
  ruleTiming: ToolResult | undefined,
  scaling: readonly ScalingRow[] | undefined,
  hostile: HostileReport | undefined,
): Target[] {
  const byId = (id: string): SpeedSummary | undefined =>
    summaries.find(summary => summary.tool.id === id);
  const targets: Target[] = [];

  const all = byId(`${PLUGIN_PREFIX}-all`);
  targets.push({
    text: `all of this plugin's rules together add at most ${String(MAX_ADDED_SHARE * 100)}% to the floor`,
    ...judge(
      all?.ratioToFloor,
      ratioValue => ratioValue <= 1 + MAX_ADDED_SHARE,
      ratioValue => `\`all\` at ${formatRatio(ratioValue)} the floor`,
    ),
  });

  const ours = byId(`${PLUGIN_PREFIX}-no-hardcoded-secrets`);
  const theirs = byId('no-secrets');
  const oursRule =
    ruleTiming?.ruleTimes?.[`${PLUGIN_PREFIX}/no-hardcoded-secrets`];
  const theirsRule = ruleTiming?.ruleTimes?.['no-secrets/no-secrets'];
  const comparable = ours?.wallMs !== undefined && theirs?.wallMs !== undefined;
  targets.push({
    text: '`no-hardcoded-secrets` alone is faster than eslint-plugin-no-secrets',
    ...(comparable
      ? {
          verdict: (ours.wallMs ?? 0) < (theirs.wallMs ?? 0) ? 'met' : 'missed',
          detail:
            `${formatMs(ours.wallMs)} against ${formatMs(theirs.wallMs)} (whole runs)` +
            (oursRule !== undefined && theirsRule !== undefined
              ? `; rule time ${formatMs(oursRule)} against ${formatMs(theirsRule)}`
              : ''),
        }
      : { verdict: 'not measured', detail: 'one of the two did not run' }),
  });

  const ownScaling = (scaling ?? []).filter(row =>
    row.ruleId.startsWith(`${PLUGIN_PREFIX}/`),
  );
  const superlinear = ownScaling.filter(row => row.growth === 'superlinear');
  targets.push({
    text: "no rule's time grows faster than its input",
    verdict:
      ownScaling.length === 0
        ? 'not measured'
        : superlinear.length === 0
          ? 'met'
          : 'missed',
    detail:
      ownScaling.length === 0
        ? 'no rule of this plugin was measured'
        : superlinear.length === 0
          ? `growth exponent at most ${SUPERLINEAR_EXPONENT.toFixed(1)} on every input (times under ${String(MEASURABLE_MS)} ms at 8× are not judged)`
          : superlinear
              .map(
                row =>
                  `${row.ruleId} on ${row.shape} (${row.exponent?.toFixed(2) ?? MISSING})`,
              )
              .join('; '),
  });

  const flagged = hostile?.measurements.filter(isHostileFlagged) ?? [];
  const hangs = hostile?.hangs ?? [];
  targets.push({
    text: `every pattern finishes a hostile input in milliseconds (under ${String(HOSTILE_LIMIT_MS)} ms at 50,000 characters, growing no faster than length^${String(HOSTILE_EXPONENT)})`,
    verdict:
      hostile === undefined || hostile.measurements.length === 0
        ? 'not measured'
        : flagged.length + hangs.length === 0
          ? 'met'
          : 'missed',
    detail:
      hostile === undefined
        ? 'not run'
        : flagged.length + hangs.length === 0
          ? `${String(hostile.measurements.length)} checks`
          : [...flagged.map(m => m.origin), ...hangs.map(h => h.origin)].join(
              '; ',
            ),
  });
  return targets;
}

/** The targets as a list. */
export function renderTargets(targets: readonly Target[]): string {
  return targets
    .map(target => `- ${target.text}: **${target.verdict}** (${target.detail})`)
    .join('\n');
}

function judge(
  value: number | undefined,
  isMet: (value: number) => boolean,
  describe: (value: number) => string,
): Pick<Target, 'detail' | 'verdict'> {
  if (value === undefined) {
    return { verdict: 'not measured', detail: 'it did not run' };
  }
  return { verdict: isMet(value) ? 'met' : 'missed', detail: describe(value) };
}

function truncate(text: string, length: number): string {
  return text.length <= length ? text : `${text.slice(0, length - 1)}…`;
}
