import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import { REPOSITORY_ROOT } from '../corpus.js';
import type { Finding } from '../findings.js';

/** The reviewed list of this plugin's findings on the clean corpus. */
export const CORPUS_FINDINGS_PATH = path.join(
  REPOSITORY_ROOT,
  'bench',
  'corpus-findings.json',
);

export type Verdict = 'false' | 'real' | 'unreviewed';

/** One reviewed finding: where, which rule, and the reviewer's call. */
export interface ReviewedFinding {
  /** Path inside the corpus copy: the package folder, then the file. */
  file: string;
  line: number;
  rule: string;
  messageId: string | undefined;
  /** `real`: the report is right (a credential-shaped value, even a test
   * fixture); `false`: it is not. */
  verdict: Verdict;
  reason: string;
}

export interface ReviewedFile {
  $comment: string;
  findings: ReviewedFinding[];
}

export interface FindingsDiff {
  /** Found now, not in the reviewed list. */
  added: Finding[];
  /** In the reviewed list (within the files linted), not found now. */
  gone: ReviewedFinding[];
  /** In both. */
  kept: ReviewedFinding[];
}

const COMMENT =
  'Findings of this plugin on the clean corpus (npm run eval). Each entry ' +
  'says whether the report is right ("real": a credential-shaped value, ' +
  'even a test fixture; a secret that does reach a log; a real read of the ' +
  'environment) or not ("false"), and why. `npm run eval -- --update` adds ' +
  'new findings as "unreviewed" and drops those no longer found; review ' +
  'them before commit.';

/** Reads the reviewed list; an absent file is an empty list. */
export function readReviewed(filePath = CORPUS_FINDINGS_PATH): ReviewedFile {
  if (!existsSync(filePath)) {
    return { $comment: COMMENT, findings: [] };
  }
  return JSON.parse(readFileSync(filePath, 'utf8')) as ReviewedFile;
}

/** Writes the reviewed list, sorted, two-space indented. */
export function writeReviewed(
  findings: readonly ReviewedFinding[],
  filePath = CORPUS_FINDINGS_PATH,
): void {
  const file: ReviewedFile = {
    $comment: COMMENT,
    findings: [...findings].sort(compareReviewed),
  };
  writeFileSync(filePath, `${JSON.stringify(file, undefined, 2)}\n`);
}

/**
 * Compares this run's findings with the reviewed list. Only the files that
 * were linted count: a run on a slice of the corpus does not lose the
 * entries of the files it skipped.
 */
export function diffFindings(
  reviewed: readonly ReviewedFinding[],
  current: readonly Finding[],
  lintedFiles: ReadonlySet<string>,
): FindingsDiff {
  const pending = new Map<string, ReviewedFinding[]>();
  for (const entry of reviewed) {
    if (!lintedFiles.has(entry.file)) {
      continue;
    }
    const key = getKey(entry.file, entry.line, entry.rule, entry.messageId);
    pending.set(key, [...(pending.get(key) ?? []), entry]);
  }

  const added: Finding[] = [];
  const kept: ReviewedFinding[] = [];
  for (const finding of current) {
    const key = getKey(
      finding.file,
      finding.line,
      finding.ruleId,
      finding.messageId,
    );
    const match = pending.get(key)?.shift();
    if (match === undefined) {
      added.push(finding);
    } else {
      kept.push(match);
    }
  }
  const gone = [...pending.values()].flat();
  return { added, gone, kept };
}

/**
 * The reviewed list after a run: kept entries as they were, new findings
 * marked unreviewed, entries no longer found dropped.
 */
export function applyDiff(
  reviewed: readonly ReviewedFinding[],
  diff: FindingsDiff,
): ReviewedFinding[] {
  const gone = new Set(diff.gone);
  return [
    ...reviewed.filter(entry => !gone.has(entry)),
    ...diff.added.map((finding): ReviewedFinding => ({
      file: finding.file,
      line: finding.line,
      rule: finding.ruleId,
      messageId: finding.messageId,
      verdict: 'unreviewed',
      reason: '',
    })),
  ];
}

/** `file:line rule (messageId)`, for listings. */
export function describeEntry(
  entry: Pick<ReviewedFinding, 'file' | 'line' | 'messageId'> & {
    rule: string;
  },
): string {
  const messageId =
    entry.messageId === undefined ? '' : ` (${entry.messageId})`;
  return `${entry.file}:${String(entry.line)} ${entry.rule}${messageId}`;
}

function getKey(
  file: string,
  line: number,
  rule: string,
  messageId: string | undefined,
): string {
  return `${file}\u0000${String(line)}\u0000${rule}\u0000${messageId ?? ''}`;
}

function compareReviewed(
  left: ReviewedFinding,
  right: ReviewedFinding,
): number {
  return (
    left.file.localeCompare(right.file) ||
    left.line - right.line ||
    left.rule.localeCompare(right.rule)
  );
}
