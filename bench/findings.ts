/** The key under which parse time is reported among the rule times. */
export const PARSE_TIME_KEY = '(parse)';

/** One report of a tool, wherever it came from. */
export interface Finding {
  /** Path relative to the linted folder, with `/` separators. */
  file: string;
  line: number;
  endLine: number;
  /** `plugin/rule` for ESLint; `biome/noSecrets`; `secretlint`. */
  ruleId: string;
  /** ESLint's messageId or secretlint's, when the tool gives one. */
  messageId: string | undefined;
}

/** What a tool run hands back, measured or not. */
export interface ToolResult {
  ok: boolean;
  /** Why the tool failed: it did not load, crashed or exited badly. */
  error: string | undefined;
  /** Wall time of the child process, start-up included. */
  wallMs: number;
  /** ESLint tools: time spent in `lintFiles` alone. */
  lintMs: number | undefined;
  /** Peak resident memory of the child process, in kilobytes. */
  maxRssKb: number | undefined;
  findings: Finding[];
  /** Files the tool could not parse. */
  parseErrors: number;
  /** ESLint tools with rule timing on: milliseconds per rule, and parsing. */
  ruleTimes: Record<string, number> | undefined;
}

/** A run that worked; figures not given are unknown. */
export function createSuccess(
  fields: Partial<ToolResult> & Pick<ToolResult, 'findings' | 'wallMs'>,
): ToolResult {
  return {
    ok: true,
    error: undefined,
    lintMs: undefined,
    maxRssKb: undefined,
    parseErrors: 0,
    ruleTimes: undefined,
    ...fields,
  };
}

/** A failed run, with its reason. */
export function createFailure(error: string, wallMs = 0): ToolResult {
  return {
    ok: false,
    error,
    wallMs,
    lintMs: undefined,
    maxRssKb: undefined,
    findings: [],
    parseErrors: 0,
    ruleTimes: undefined,
  };
}
