import type { Category } from '../tools.js';

/** A place in a case file where a tool of some category must report. */
export interface Label {
  line: number;
  endLine: number;
  category: Category;
  /** The provider family or kind of credential, for the tables. */
  family: string;
  provider: string | undefined;
  /**
   * Reports here are neither credited nor counted as false alarms: the
   * place is arguable (a development default that is also a literal).
   */
  optional: boolean;
}

/** One file of the labeled set. */
export interface EvalCase {
  id: string;
  /** Path relative to the cases folder, with its extension. */
  file: string;
  code: string;
  /** What the case is: a provider family, a snippet kind, a negative kind. */
  kind: string;
  /** How a provider token is placed: under a secret name or not. */
  context: 'named' | 'neutral' | 'snippet';
  labels: Label[];
}

/** A value placed in a snippet, with the labels it carries. */
export interface Mark {
  text: string;
  categories: readonly Category[];
  family: string;
  provider: string | undefined;
  optional: boolean;
}

/** Marks `text` as where tools of `categories` must report. */
export function mark(
  text: string,
  categories: Category | readonly Category[],
  details: { family?: string; provider?: string; optional?: boolean } = {},
): Mark {
  const list = typeof categories === 'string' ? [categories] : categories;
  return {
    text,
    categories: list,
    family: details.family ?? list.at(0) ?? 'other',
    provider: details.provider,
    optional: details.optional ?? false,
  };
}

/**
 * A tagged template for case code: plain values are pasted in, marks are
 * pasted in and become labels on the lines they span. A leading newline is
 * dropped, so snippets can start on the line after the backtick.
 */
export function snippet(
  strings: TemplateStringsArray,
  ...values: readonly (Mark | string)[]
): { code: string; labels: Label[] } {
  let code = '';
  const labels: Label[] = [];
  strings.forEach((text, index) => {
    code += index === 0 ? text.replace(/^\n/u, '') : text;
    const value = values.at(index);
    if (value === undefined) {
      return;
    }
    if (typeof value === 'string') {
      code += value;
      return;
    }

    const line = countLines(code);
    code += value.text;
    const endLine = countLines(code);
    for (const category of value.categories) {
      labels.push({
        line,
        endLine,
        category,
        family: value.family,
        provider: value.provider,
        optional: value.optional,
      });
    }
  });
  return { code, labels };
}

function countLines(text: string): number {
  let lines = 1;
  for (const character of text) {
    if (character === '\n') {
      lines++;
    }
  }
  return lines;
}
