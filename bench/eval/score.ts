import type { Finding } from '../findings.js';
import type { Score } from '../stats.js';
import { type Category, getRuleCategory } from '../tools.js';
import type { EvalCase, Label } from './labels.js';

/** Whether a finding's lines meet a label's lines. */
export function overlaps(finding: Finding, label: Label): boolean {
  return finding.line <= label.endLine && finding.endLine >= label.line;
}

/**
 * The labels of `category` (optional ones left out) that `findings` hit:
 * a finding of the same category in the same file, on the label's lines.
 */
export function countFound(
  cases: readonly EvalCase[],
  findings: readonly Finding[],
  category: Category,
  includeLabel: (label: Label, evalCase: EvalCase) => boolean = () => true,
): Pick<Score, 'expected' | 'found'> {
  const byFile = groupByFile(findings, category);
  let expected = 0;
  let found = 0;
  for (const evalCase of cases) {
    for (const label of evalCase.labels) {
      if (
        label.category !== category ||
        label.optional ||
        !includeLabel(label, evalCase)
      ) {
        continue;
      }
      expected++;
      const candidates = byFile.get(evalCase.file) ?? [];
      if (candidates.some(finding => overlaps(finding, label))) {
        found++;
      }
    }
  }
  return { expected, found };
}

/**
 * The findings of `category` that meet no label of that category (optional
 * ones included): the false alarms. Findings in files that are not cases
 * are false alarms too.
 */
export function findFalseAlarms(
  cases: readonly EvalCase[],
  findings: readonly Finding[],
  category: Category,
): Finding[] {
  const casesByFile = new Map(cases.map(evalCase => [evalCase.file, evalCase]));
  return findings.filter(finding => {
    if (getRuleCategory(finding.ruleId) !== category) {
      return false;
    }
    const labels = casesByFile.get(finding.file)?.labels ?? [];
    return !labels.some(
      label => label.category === category && overlaps(finding, label),
    );
  });
}

/** Recall counts and false alarms of some findings for one category. */
export function scoreCategory(
  cases: readonly EvalCase[],
  findings: readonly Finding[],
  category: Category,
): Score {
  return {
    ...countFound(cases, findings, category),
    falseAlarms: findFalseAlarms(cases, findings, category).length,
  };
}

/** The categories that a tool's findings can claim, from its rule ids. */
export function getCategories(ruleIds: Iterable<string>): Category[] {
  const categories = new Set<Category>();
  for (const ruleId of ruleIds) {
    const category = getRuleCategory(ruleId);
    if (category !== undefined) {
      categories.add(category);
    }
  }
  return [...categories].sort();
}

/** The labels of `category` that no finding hit, for the "missed" list. */
export function listMissed(
  cases: readonly EvalCase[],
  findings: readonly Finding[],
  category: Category,
): { evalCase: EvalCase; label: Label }[] {
  const byFile = groupByFile(findings, category);
  return cases.flatMap(evalCase =>
    evalCase.labels
      .filter(
        label =>
          label.category === category &&
          !label.optional &&
          !(byFile.get(evalCase.file) ?? []).some(finding =>
            overlaps(finding, label),
          ),
      )
      .map(label => ({ evalCase, label })),
  );
}

function groupByFile(
  findings: readonly Finding[],
  category: Category,
): Map<string, Finding[]> {
  const byFile = new Map<string, Finding[]>();
  for (const finding of findings) {
    if (getRuleCategory(finding.ruleId) !== category) {
      continue;
    }
    byFile.set(finding.file, [...(byFile.get(finding.file) ?? []), finding]);
  }
  return byFile;
}
