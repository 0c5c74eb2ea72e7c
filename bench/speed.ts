import type { ToolResult } from './findings.js';
import { runTool, type RunToolOptions } from './runTool.js';
import { addedPerThousandLines, median, ratio } from './stats.js';
import {
  ANY_RULE_TOOL_ID,
  type EslintPluginName,
  type EslintTool,
  FLOOR_TOOL_ID,
  PLUGIN_PREFIX,
  type Tool,
} from './tools.js';

/** The figures of one tool over all its timed runs. */
export interface SpeedSummary {
  tool: Tool;
  ok: boolean;
  error: string | undefined;
  runs: number;
  wallMs: number | undefined;
  lintMs: number | undefined;
  /** The slowest run less the fastest, over the median: how far the
   * machine drifted while this tool ran. */
  spread: number | undefined;
  /** Median wall time over the floor's. */
  ratioToFloor: number | undefined;
  /** Milliseconds added over the floor per 1,000 lines. */
  addedPerThousandLines: number | undefined;
  /** The highest peak memory over the runs, in kilobytes. */
  maxRssKb: number | undefined;
  findings: number | undefined;
  /** Whether runs disagreed on the number of findings (they should not). */
  findingsVary: boolean;
  parseErrors: number;
}

/** The id of the untimed run that collects ESLint's per-rule times. */
export const RULE_TIMING_TOOL_ID = 'rule-timing';

/**
 * Times the tools in turn, `runs` times over, alternating (A B C A B C …) so
 * that a slow minute of a shared machine spreads over all of them. A tool
 * that fails is not run again.
 */
export async function runAlternating(
  tools: readonly Tool[],
  runs: number,
  options: Omit<RunToolOptions, 'timeRules'>,
  onResult: (tool: Tool, run: number, result: ToolResult) => void,
): Promise<Map<string, ToolResult[]>> {
  const results = new Map<string, ToolResult[]>(
    tools.map(tool => [tool.id, []]),
  );
  for (let run = 1; run <= runs; run++) {
    for (const tool of tools) {
      const previous = results.get(tool.id) ?? [];
      if (previous.some(result => !result.ok)) {
        continue;
      }
      const result = await runTool(tool, { ...options, timeRules: false });
      previous.push(result);
      results.set(tool.id, previous);
      onResult(tool, run, result);
    }
  }
  return results;
}

/**
 * One ESLint tool with every rule of the ESLint tools (this plugin's rules
 * and the peers'), for ESLint's per-rule timing. Rule timing wraps every
 * listener, which slows the run, so it is a run of its own, not timed.
 */
export function createRuleTimingTool(
  tools: readonly Tool[],
  withOwnRules: boolean,
): EslintTool | undefined {
  const eslintTools = tools.filter(
    (tool): tool is EslintTool =>
      tool.kind === 'eslint' &&
      tool.id !== ANY_RULE_TOOL_ID &&
      (withOwnRules || !tool.plugins.includes(PLUGIN_PREFIX)),
  );
  const rules = Object.assign(
    {},
    ...eslintTools.map(tool => tool.rules),
  ) as Record<string, 'error'>;
  // A preset among the tools brings every rule of this plugin.
  const preset = eslintTools.some(tool => tool.preset !== undefined)
    ? ('all' as const)
    : undefined;
  if (Object.keys(rules).length === 0 && preset === undefined) {
    return undefined;
  }

  const plugins = [
    ...new Set(eslintTools.flatMap(tool => tool.plugins)),
  ] as EslintPluginName[];
  return {
    kind: 'eslint',
    id: RULE_TIMING_TOOL_ID,
    label: 'all ESLint rules, with rule timing',
    isOurs: false,
    plugins,
    preset,
    rules,
  };
}

/** Medians, ratios and counts per tool; the floor is the reference. */
export function summarizeSpeed(
  tools: readonly Tool[],
  results: ReadonlyMap<string, readonly ToolResult[]>,
  lines: number,
): SpeedSummary[] {
  const floorWall = median(
    (results.get(FLOOR_TOOL_ID) ?? [])
      .filter(result => result.ok)
      .map(result => result.wallMs),
  );

  return tools.map(tool => {
    const runs = results.get(tool.id) ?? [];
    const failure = runs.find(result => !result.ok);
    const ok = runs.length > 0 && failure === undefined;
    const wallTimes = runs.map(result => result.wallMs);
    const wallMs = ok ? median(wallTimes) : undefined;
    const lintTimes = runs.flatMap(result =>
      result.lintMs === undefined ? [] : [result.lintMs],
    );
    const counts = new Set(runs.map(result => result.findings.length));
    const memory = runs.flatMap(result =>
      result.maxRssKb === undefined ? [] : [result.maxRssKb],
    );

    return {
      tool,
      ok,
      error: failure?.error ?? (runs.length === 0 ? 'not run' : undefined),
      runs: runs.length,
      wallMs,
      lintMs: ok ? median(lintTimes) : undefined,
      spread: ratio(Math.max(...wallTimes) - Math.min(...wallTimes), wallMs),
      ratioToFloor: ratio(wallMs, floorWall),
      addedPerThousandLines:
        tool.id === FLOOR_TOOL_ID
          ? undefined
          : addedPerThousandLines(wallMs, floorWall, lines),
      maxRssKb: memory.length === 0 ? undefined : Math.max(...memory),
      findings: ok ? runs.at(-1)?.findings.length : undefined,
      findingsVary: counts.size > 1,
      parseErrors: runs.at(-1)?.parseErrors ?? 0,
    };
  });
}
