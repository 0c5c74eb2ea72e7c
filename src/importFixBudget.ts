import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import { describingFixer } from './util/describingFixer.js';
import type { FunctionCallPlan } from './util/imports.js';

/** Decides which import-carrying fixes of one file may be offered. */
export interface ImportFixBudget {
  /**
   * Whether a fix that adds the plan's import and edits `range` may be
   * offered; when it may, its span is counted against the file's budget.
   */
  allows: (range: TSESTree.Range) => boolean;
}

// How many times its own length a file's import-carrying fixes may span.
// Every fix may span the whole file up to this many times over, so a file
// with a few dozen reports never meets the limit.
const SPAN_BUDGET_FACTOR = 64;

/**
 * A budget for the fixes and suggestions of one file that add an import.
 * ESLint merges the parts of a fix into one edit that holds all the text
 * between them, so a fix that adds an import at the top of a file and edits
 * a line far below copies everything in between. One such fix per report
 * makes the work grow with reports × file size: thousands of reports in a
 * long file took seconds. The budget keeps the total within a fixed
 * multiple of the file's length; fixes past it are left out. Fixes that
 * need no import are always allowed.
 */
export function createImportFixBudget(
  plan: Pick<FunctionCallPlan, 'createImportFixes' | 'needsImport'>,
  sourceCode: Readonly<TSESLint.SourceCode>,
): ImportFixBudget {
  if (!plan.needsImport) {
    return { allows: () => true };
  }

  const importRange = getImportRange(plan);
  let remaining = SPAN_BUDGET_FACTOR * Math.max(sourceCode.text.length, 1);
  return {
    allows(range) {
      const span =
        Math.max(range[1], importRange[1]) - Math.min(range[0], importRange[0]);
      if (span > remaining) {
        return false;
      }
      remaining -= span;
      return true;
    },
  };
}

/** Where the plan's import goes: from its first part to its last. */
export function getImportRange(
  plan: Pick<FunctionCallPlan, 'createImportFixes'>,
): TSESTree.Range {
  const parts = plan.createImportFixes(describingFixer);
  if (parts.length === 0) {
    return [0, 0];
  }
  return [
    Math.min(...parts.map(part => part.range[0])),
    Math.max(...parts.map(part => part.range[1])),
  ];
}
