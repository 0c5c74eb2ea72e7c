import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import { createImportFixBudget, getImportRange } from './importFixBudget.js';
import type { FunctionCallPlan } from './util/imports.js';

/** One exact text edit that one report, or several, needs. */
export interface TextReplacement {
  range: TSESTree.Range;
  text: string;
}

type FixFunction = (fixer: TSESLint.RuleFixer) => TSESLint.RuleFix[];

/**
 * The fixes of a file's reports that each call the same imported function,
 * so that one `--fix` pass applies all of them. `replacements` holds one
 * entry per report, in the order of the reports' locations; reports that
 * share a replacement pass the same object. An entry is `null` where that
 * report gets no fix, which must include every report that an
 * `eslint-disable` comment drops: the first report's fix applies the others'
 * edits too. When that cannot be known, `canBundle` is false, and the
 * reports get their own edits only, which takes a second pass.
 *
 * ESLint merges a report's fix parts into one edit from the first part to
 * the last, and in each pass applies the fixes in order of their ranges,
 * skipping any that overlap one already applied. Were every report to carry
 * the import and its own edit, all of them would start at the import; the
 * one ending first would win, and the rest would wait for later passes, one
 * pass each while the import is missing, with ten passes at most per run.
 *
 * So while the import is missing, the first report carries the import and
 * every edit, and each other report carries the import, its own edit (so
 * that it can still be applied alone, from an editor), and an empty edit at
 * the end of the file. The first report's fix then ends at the last edit,
 * no later than the others, which all end at the end of the file: it sorts
 * first and wins the pass. When the last edit ends the file the ranges tie,
 * and ESLint keeps the reports' order, by location, where the first report
 * comes first. Once the import is there, each report carries its own edit,
 * and edits do not overlap.
 */
export function createSharedImportFixes(
  replacements: readonly (TextReplacement | null)[],
  plan: Pick<FunctionCallPlan, 'createImportFixes' | 'needsImport'>,
  sourceCode: Readonly<TSESLint.SourceCode>,
  canBundle = true,
): (FixFunction | null)[] {
  if (!plan.needsImport) {
    return replacements.map(replacement =>
      replacement
        ? (fixer): TSESLint.RuleFix[] => [replace(fixer, replacement)]
        : null,
    );
  }

  // An edit before the import would meet a `require` that has not run yet
  // (`const { getSecret } = require(…)`); it waits for a pass where the
  // function is in scope and the rule can tell whether it may be called.
  const [, importEnd] = getImportRange(plan);
  const usable = replacements.map(replacement =>
    replacement && replacement.range[0] >= importEnd ? replacement : null,
  );
  const all = getDisjointReplacements(usable);
  const carrier = canBundle
    ? usable.findIndex(replacement => replacement !== null)
    : -1;
  const fileEnd = sourceCode.text.length;
  const budget = createImportFixBudget(plan, sourceCode);

  return usable.map((replacement, index) => {
    if (!replacement) {
      return null;
    }
    if (index === carrier) {
      return (fixer): TSESLint.RuleFix[] => [
        ...plan.createImportFixes(fixer),
        ...all.map(each => replace(fixer, each)),
      ];
    }
    // Limitation: in a file with very many reports, only the first ones get
    // a fix of their own while the import is missing (see
    // `createImportFixBudget`); `--fix` still fixes them all through the
    // first report, and each gets its own fix once the import is there.
    if (!budget.allows([replacement.range[0], fileEnd])) {
      return null;
    }
    return (fixer): TSESLint.RuleFix[] => [
      ...plan.createImportFixes(fixer),
      replace(fixer, replacement),
      fixer.insertTextAfterRange([fileEnd, fileEnd], ''),
    ];
  });
}

// Each shared replacement once, in order, without any that overlaps an
// earlier one (ESLint refuses overlapping parts within one fix).
function getDisjointReplacements(
  replacements: readonly (TextReplacement | null)[],
): TextReplacement[] {
  const unique = [...new Set(replacements)].filter(
    (replacement): replacement is TextReplacement => replacement !== null,
  );
  unique.sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1]);

  const disjoint: TextReplacement[] = [];
  let lastEnd = -1;
  for (const replacement of unique) {
    if (replacement.range[0] >= lastEnd) {
      disjoint.push(replacement);
      lastEnd = replacement.range[1];
    }
  }
  return disjoint;
}

function replace(
  fixer: TSESLint.RuleFixer,
  replacement: TextReplacement,
): TSESLint.RuleFix {
  return fixer.replaceTextRange(replacement.range, replacement.text);
}
