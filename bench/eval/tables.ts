import type { Finding, ToolResult } from '../findings.js';
import {
  type Alignment,
  formatCount,
  formatPercent,
  MISSING,
  renderTable,
} from '../format.js';
import { getPrecision, getRecall, type Score } from '../stats.js';
import {
  type Category,
  getRuleCategory,
  PLUGIN_PREFIX,
  type Tool,
} from '../tools.js';
import type { EvalCase, Label } from './labels.js';
import {
  countFound,
  findFalseAlarms,
  getCategories,
  listMissed,
  scoreCategory,
} from './score.js';

/** A tool and what it reported on the cases (or the corpus). */
export interface ToolFindings {
  tool: Tool;
  result: ToolResult;
}

const CATEGORY_TITLES: Record<Category, string> = {
  hardcoded: 'hardcoded secrets',
  logged: 'secrets in logs',
  'env-access': 'environment reads',
  fallback: 'fallbacks for secrets',
};

const OUR_SECRET_RULE = `${PLUGIN_PREFIX}/no-hardcoded-secrets`;
const RIGHT: Alignment = 'right';

/** The rule ids a tool's findings carry. */
export function getToolRuleIds(tool: Tool): string[] {
  switch (tool.kind) {
    case 'eslint': {
      return Object.keys(tool.rules);
    }
    case 'biome': {
      return ['biome/noSecrets'];
    }
    case 'secretlint': {
      return ['secretlint'];
    }
  }
}

/**
 * One row per rule of this plugin and per peer and kind of finding: found
 * of expected, recall, false alarms, precision.
 */
export function renderScoreTable(
  cases: readonly EvalCase[],
  results: readonly ToolFindings[],
): string {
  const rows: string[][] = [];
  for (const { tool, result } of results) {
    if (!result.ok) {
      rows.push([tool.label, '', 'failed', '', '', '', '']);
      continue;
    }

    const groups =
      tool.id === PLUGIN_PREFIX
        ? getToolRuleIds(tool).map(ruleId => ({
            name: ruleId,
            ruleIds: [ruleId],
          }))
        : [{ name: tool.label, ruleIds: getToolRuleIds(tool) }];
    for (const group of groups) {
      const findings = result.findings.filter(finding =>
        group.ruleIds.includes(finding.ruleId),
      );
      const categories = getCategories(group.ruleIds);
      if (categories.length === 0) {
        rows.push([
          group.name,
          'not scored',
          '',
          '',
          formatCount(findings.length),
          '',
          '',
        ]);
      }
      for (const category of categories) {
        rows.push(
          scoreRow(
            group.name,
            category,
            scoreCategory(cases, findings, category),
          ),
        );
      }
    }
  }
  return renderTable(
    [
      'Tool or rule',
      'Looks for',
      'Found',
      'Recall',
      'False alarms',
      'Precision',
      'Labels',
    ],
    rows,
    ['left', 'left', RIGHT, RIGHT, RIGHT, RIGHT, RIGHT],
  );
}

function scoreRow(name: string, category: Category, score: Score): string[] {
  return [
    name,
    CATEGORY_TITLES[category],
    formatCount(score.found),
    formatPercent(getRecall(score)),
    formatCount(score.falseAlarms),
    formatPercent(getPrecision(score)),
    formatCount(score.expected),
  ];
}

/** The tools that look for hardcoded secrets, with the findings to score. */
function getSecretTools(
  results: readonly ToolFindings[],
): { label: string; findings: Finding[] }[] {
  return results.flatMap(({ tool, result }) => {
    if (!result.ok) {
      return [];
    }
    if (tool.id === PLUGIN_PREFIX) {
      return [
        {
          label: OUR_SECRET_RULE,
          findings: result.findings.filter(
            finding => finding.ruleId === OUR_SECRET_RULE,
          ),
        },
      ];
    }
    const isSecretTool = getToolRuleIds(tool).some(
      ruleId => getRuleCategory(ruleId) === 'hardcoded',
    );
    return isSecretTool
      ? [{ label: tool.label, findings: result.findings }]
      : [];
  });
}

/** Recall on hardcoded secrets per provider family, tools side by side. */
export function renderFamilyTable(
  cases: readonly EvalCase[],
  results: readonly ToolFindings[],
): string {
  const families = [
    ...new Set(
      cases.flatMap(evalCase =>
        evalCase.labels
          .filter(label => label.category === 'hardcoded' && !label.optional)
          .map(label => label.family),
      ),
    ),
  ];
  return renderBreakdown(
    cases,
    getSecretTools(results),
    families.map(family => ({
      name: family,
      include: (label: Label) => label.family === family,
    })),
  );
}

/** Recall on provider tokens under a secret name and without one. */
export function renderPlacementTable(
  cases: readonly EvalCase[],
  results: readonly ToolFindings[],
): string {
  return renderBreakdown(cases, getSecretTools(results), [
    {
      name: 'token under a secret-sounding name',
      include: (_label, evalCase) => evalCase.context === 'named',
    },
    {
      name: 'token where only its value tells',
      include: (_label, evalCase) => evalCase.context === 'neutral',
    },
    {
      name: 'credential in a realistic snippet',
      include: (_label, evalCase) => evalCase.context === 'snippet',
    },
  ]);
}

function renderBreakdown(
  cases: readonly EvalCase[],
  tools: readonly { label: string; findings: Finding[] }[],
  groups: readonly {
    name: string;
    include: (label: Label, evalCase: EvalCase) => boolean;
  }[],
): string {
  const rows = groups.map(group => {
    const cells = tools.map(tool => {
      const score = countFound(
        cases,
        tool.findings,
        'hardcoded',
        group.include,
      );
      return formatPercent(getRecall({ ...score, falseAlarms: 0 }));
    });
    const { expected } = countFound(cases, [], 'hardcoded', group.include);
    return [group.name, formatCount(expected), ...cells];
  });
  const totals = tools.map(tool => {
    const score = countFound(cases, tool.findings, 'hardcoded');
    return formatPercent(getRecall({ ...score, falseAlarms: 0 }));
  });
  rows.push([
    '**all**',
    formatCount(countFound(cases, [], 'hardcoded').expected),
    ...totals,
  ]);
  return renderTable(
    ['Kind', 'Labels', ...tools.map(tool => tool.label)],
    rows,
    ['left', RIGHT, ...tools.map(() => RIGHT)],
  );
}

/** False alarms per kind of case file, tools side by side. */
export function renderFalseAlarmTable(
  cases: readonly EvalCase[],
  results: readonly ToolFindings[],
): string {
  const kindByFile = new Map(
    cases.map(evalCase => [evalCase.file, evalCase.kind]),
  );
  const columns = results
    .filter(({ result }) => result.ok)
    .map(({ tool, result }) => {
      const alarms = getCategories(getToolRuleIds(tool)).flatMap(category =>
        findFalseAlarms(cases, result.findings, category),
      );
      const byKind = new Map<string, number>();
      for (const alarm of alarms) {
        const kind = kindByFile.get(alarm.file) ?? 'other';
        byKind.set(kind, (byKind.get(kind) ?? 0) + 1);
      }
      return { label: tool.label, byKind, total: alarms.length };
    });

  const kinds = [...new Set(cases.map(evalCase => evalCase.kind))].filter(
    kind => columns.some(column => (column.byKind.get(kind) ?? 0) > 0),
  );
  const countCases = (kind: string): number =>
    cases.filter(evalCase => evalCase.kind === kind).length;
  const rows = kinds.map(kind => [
    kind,
    formatCount(countCases(kind)),
    ...columns.map(column => formatCount(column.byKind.get(kind) ?? 0)),
  ]);
  rows.push([
    '**all**',
    formatCount(cases.length),
    ...columns.map(column => formatCount(column.total)),
  ]);
  return renderTable(
    ['Kind of code', 'Files', ...columns.map(column => column.label)],
    rows,
    ['left', RIGHT, ...columns.map(() => RIGHT)],
  );
}

/** The labeled secrets this plugin's secret rule did not report. */
export function renderMissed(
  cases: readonly EvalCase[],
  results: readonly ToolFindings[],
): string {
  const ours = results.find(({ tool }) => tool.id === PLUGIN_PREFIX);
  if (!ours?.result.ok) {
    return 'This plugin did not run.';
  }
  const findings = ours.result.findings.filter(
    finding => finding.ruleId === OUR_SECRET_RULE,
  );
  const missed = listMissed(cases, findings, 'hardcoded');
  if (missed.length === 0) {
    return 'None.';
  }
  return missed
    .map(({ evalCase, label }) => {
      const what = label.provider ?? label.family;
      return `- ${what} (${evalCase.context}): \`${evalCase.file}\` line ${String(label.line)}`;
    })
    .join('\n');
}

/** Each false alarm of this plugin, with the rule and message id. */
export function renderOwnFalseAlarms(
  cases: readonly EvalCase[],
  results: readonly ToolFindings[],
): string {
  const ours = results.find(({ tool }) => tool.id === PLUGIN_PREFIX);
  if (!ours?.result.ok) {
    return 'This plugin did not run.';
  }
  const alarms = getCategories(getToolRuleIds(ours.tool)).flatMap(category =>
    findFalseAlarms(cases, ours.result.findings, category),
  );
  if (alarms.length === 0) {
    return 'None.';
  }
  return alarms
    .map(alarm => {
      const messageId =
        alarm.messageId === undefined ? '' : ` (${alarm.messageId})`;
      return `- \`${alarm.file}\` line ${String(alarm.line)}: ${alarm.ruleId}${messageId}`;
    })
    .join('\n');
}

/**
 * Findings per tool on the clean corpus; this plugin's per rule, since only
 * its secret rule looks for what the peers look for.
 */
export function renderCorpusTable(results: readonly ToolFindings[]): string {
  const row = (label: string, findings: readonly Finding[]): string[] => [
    label,
    formatCount(findings.length),
    formatCount(new Set(findings.map(finding => finding.file)).size),
  ];
  const rows = results.flatMap(({ tool, result }) => {
    if (!result.ok) {
      return [[tool.label, `failed: ${result.error ?? ''}`, MISSING]];
    }
    if (tool.id !== PLUGIN_PREFIX) {
      return [row(tool.label, result.findings)];
    }
    return getToolRuleIds(tool).map(ruleId =>
      row(
        ruleId,
        result.findings.filter(finding => finding.ruleId === ruleId),
      ),
    );
  });
  return renderTable(['Tool', 'Findings', 'Files with findings'], rows, [
    'left',
    RIGHT,
    RIGHT,
  ]);
}
