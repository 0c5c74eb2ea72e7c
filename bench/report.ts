import { PARSE_TIME_KEY, type ToolResult } from './findings.js';
import {
  type Alignment,
  formatCount,
  formatMemory,
  formatMs,
  formatPercent,
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
import {
  getShareBeyond,
  type PairedReport,
  type PairedRow,
  type ShareEstimate,
} from './paired.js';
import { getOwn } from './records.js';
import type { ScalingRow } from './scaling.js';
import { FLOOR_KEY, MEASURABLE_MS, SUPERLINEAR_EXPONENT } from './scaling.js';
import type { SpeedSummary } from './speed.js';
import { ANY_RULE_TOOL_ID, FLOOR_TOOL_ID, PLUGIN_PREFIX } from './tools.js';

/**
 * `not shown`: a paired estimate whose margin straddles the limit, so the
 * run can tell neither way.
 */
export type Verdict = 'met' | 'missed' | 'not shown' | 'not measured';

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
      return [summary.tool.label, 'failed', '', '', '', '', '', ''];
    }
    return [
      summary.tool.label,
      formatMs(summary.wallMs),
      formatMs(summary.lintMs),
      formatPercent(summary.spread),
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
      'Spread',
      '× floor',
      'Added per 1,000 lines',
      'Peak memory',
      'Findings',
    ],
    rows,
    ['left', RIGHT, RIGHT, RIGHT, RIGHT, RIGHT, RIGHT, RIGHT],
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

/** The figures the targets are judged on; any part may be missing. */
export interface TargetInputs {
  summaries: readonly SpeedSummary[];
  ruleTiming: ToolResult | undefined;
  paired: PairedReport | undefined;
  scaling: readonly ScalingRow[] | undefined;
  hostile: HostileReport | undefined;
}

/**
 * The targets, judged on this run's figures. The speed targets
 * are judged on the paired run where there is one (whole-process times on
 * a shared machine drift more than a rule adds), on the medians otherwise.
 */
export function judgeTargets({
  summaries,
  ruleTiming,
  paired,
  scaling,
  hostile,
}: TargetInputs): Target[] {
  const byId = (id: string): SpeedSummary | undefined =>
    summaries.find(summary => summary.tool.id === id);
  const pairedById = (id: string): PairedRow | undefined =>
    paired?.rows.find(row => row.tool.id === id);
  const targets: Target[] = [];

  const allId = `${PLUGIN_PREFIX}-all`;
  targets.push({
    text: `all of this plugin's rules together add at most ${String(MAX_ADDED_SHARE * 100)}% to the floor`,
    ...judgeAddedShare(
      pairedById(allId),
      byId(allId),
      pairedById(ANY_RULE_TOOL_ID),
    ),
  });

  targets.push({
    text: '`no-hardcoded-secrets` alone is faster than eslint-plugin-no-secrets',
    ...judgeFasterThanPeer(
      {
        paired: pairedById(`${PLUGIN_PREFIX}-no-hardcoded-secrets`),
        summary: byId(`${PLUGIN_PREFIX}-no-hardcoded-secrets`),
      },
      { paired: pairedById('no-secrets'), summary: byId('no-secrets') },
      ruleTiming,
    ),
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

type Judgement = Pick<Target, 'detail' | 'verdict'>;

/** `4.1% ± 0.6%`: a paired row's added share and its margin. */
function formatShare(row: PairedRow): string {
  return formatEstimate({ share: row.addedShare, margin: row.margin });
}

function formatEstimate({ share, margin }: ShareEstimate): string {
  return Number.isFinite(margin)
    ? `${formatPercent(share)} ± ${formatPercent(margin)}`
    : `${formatPercent(share)} (one round: no margin)`;
}

/**
 * Met when the whole interval lies at or under the limit, missed when it
 * lies wholly above, not shown when it straddles.
 */
function compareWithMargin(low: number, high: number, limit: number): Verdict {
  if (high <= limit) {
    return 'met';
  }
  return low > limit ? 'missed' : 'not shown';
}

/**
 * Judged on the paired estimate and its margin (see `compareWithMargin`);
 * without a paired run, met when the median ratio stays within the share.
 */
function judgeAddedShare(
  paired: PairedRow | undefined,
  summary: SpeedSummary | undefined,
  anyRule: PairedRow | undefined,
): Judgement {
  const ratioValue = summary?.ratioToFloor;
  const medians =
    ratioValue === undefined
      ? undefined
      : `whole-process medians: \`all\` at ${formatRatio(ratioValue)} the floor`;
  // What ESLint charges any rule is part of what `all` adds; told apart so
  // that the plugin's own share can be read.
  const anyRuleDetail =
    paired === undefined || anyRule === undefined
      ? undefined
      : `of which ${formatShare(anyRule)} is what ESLint adds for any rule (one that does nothing), leaving ${formatEstimate(getShareBeyond(paired, anyRule))} for the rules' own work`;

  if (paired !== undefined) {
    return {
      verdict: compareWithMargin(
        paired.addedShare - paired.margin,
        paired.addedShare + paired.margin,
        MAX_ADDED_SHARE,
      ),
      detail: [
        `paired run: \`all\` adds ${formatShare(paired)}`,
        anyRuleDetail,
        medians,
      ]
        .filter(part => part !== undefined)
        .join('; '),
    };
  }
  if (ratioValue === undefined || medians === undefined) {
    return { verdict: 'not measured', detail: 'it did not run' };
  }
  return {
    verdict: ratioValue <= 1 + MAX_ADDED_SHARE ? 'met' : 'missed',
    detail: medians,
  };
}

interface Contender {
  paired: PairedRow | undefined;
  summary: SpeedSummary | undefined;
}

/**
 * Met when this plugin's rule adds less than the peer's: in the paired run,
 * with the two margins apart (missed when apart the other way, not shown
 * when they overlap); without one, by median whole-run time.
 */
function judgeFasterThanPeer(
  ours: Contender,
  theirs: Contender,
  ruleTiming: ToolResult | undefined,
): Judgement {
  const oursRule =
    ruleTiming?.ruleTimes?.[`${PLUGIN_PREFIX}/no-hardcoded-secrets`];
  const theirsRule = ruleTiming?.ruleTimes?.['no-secrets/no-secrets'];
  const details: string[] = [];
  let verdict: Verdict = 'not measured';

  if (ours.paired !== undefined && theirs.paired !== undefined) {
    // Ours against theirs: the difference, with both margins against it.
    const difference = ours.paired.addedShare - theirs.paired.addedShare;
    const margin = ours.paired.margin + theirs.paired.margin;
    verdict = compareWithMargin(difference - margin, difference + margin, 0);
    details.push(
      `paired run: adds ${formatShare(ours.paired)} against ${formatShare(theirs.paired)}`,
    );
  }

  const oursWall = ours.summary?.wallMs;
  const theirsWall = theirs.summary?.wallMs;
  if (oursWall !== undefined && theirsWall !== undefined) {
    if (verdict === 'not measured') {
      verdict = oursWall < theirsWall ? 'met' : 'missed';
    }
    details.push(
      `whole runs ${formatMs(oursWall)} against ${formatMs(theirsWall)}`,
    );
  }

  if (oursRule !== undefined && theirsRule !== undefined) {
    details.push(
      `rule time ${formatMs(oursRule)} against ${formatMs(theirsRule)}`,
    );
  }
  return {
    verdict,
    detail:
      details.length === 0 ? 'one of the two did not run' : details.join('; '),
  };
}

/** The paired run's table: each ESLint tool's time over the floor's. */
export function renderPairedTable(report: PairedReport): string {
  if (report.error !== undefined) {
    return `The paired run failed: ${report.error}.`;
  }
  return renderTable(
    ['Tool', 'Rounds', 'Time per pass', 'Added', 'Added share', 'Findings'],
    report.rows.map(row => [
      row.tool.label,
      formatCount(row.rounds),
      formatMs(row.totalMs),
      row.tool.id === FLOOR_TOOL_ID ? MISSING : formatSignedMs(row.addedMs),
      row.tool.id === FLOOR_TOOL_ID ? MISSING : formatShare(row),
      formatCount(row.findings),
    ]),
    ['left', RIGHT, RIGHT, RIGHT, RIGHT, RIGHT],
  );
}

function truncate(text: string, length: number): string {
  return text.length <= length ? text : `${text.slice(0, length - 1)}…`;
}
