import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import type { ESLint as ESLintClass, Linter } from 'eslint';

import { createToolConfig } from './eslintConfig.js';
import { describeError } from './plugins.js';
import {
  createFailure,
  createSuccess,
  type Finding,
  PARSE_TIME_KEY,
  type ToolResult,
} from './findings.js';
import type { EslintTool } from './tools.js';

/** What the parent asks one ESLint child process to do. */
export interface EslintJob {
  tool: EslintTool;
  /** The folder to lint, whole; it is also ESLint's working directory. */
  cwd: string;
  /** Collect per-rule times with ESLint's `stats` (the data behind `TIMING`). */
  timeRules: boolean;
  /** `eslint` (10) or `eslint9`, the npm alias of ESLint 9. */
  eslintPackage: 'eslint' | 'eslint9';
  /** Where to load this plugin from (see `loadPluginUnderTest`). */
  pluginRoot: string;
  resultPath: string;
}

type ESLintConstructor = new (options: ESLintClass.Options) => ESLintClass;

/**
 * Runs in a child process (`jiti bench/eslintWorker.ts <job.json>`), so that
 * each tool has its own process, start-up and peak memory. The result goes
 * to the job's `resultPath` as JSON; the wall time is the parent's to take.
 */
async function main(): Promise<void> {
  const jobPath = process.argv.at(2);
  if (jobPath === undefined) {
    throw new Error('usage: jiti bench/eslintWorker.ts <job.json>');
  }

  const job = JSON.parse(readFileSync(jobPath, 'utf8')) as EslintJob;
  const result = await runJob(job).catch((error: unknown) =>
    createFailure(describeError(error)),
  );
  result.maxRssKb = process.resourceUsage().maxRSS;
  writeFileSync(job.resultPath, JSON.stringify(result));
}

async function runJob(job: EslintJob): Promise<ToolResult> {
  const { ESLint } = (await import(job.eslintPackage)) as {
    ESLint: ESLintConstructor;
  };
  const parser = (await import('@typescript-eslint/parser')) as Linter.Parser;
  const config = await createToolConfig(job.tool, parser, job.pluginRoot);

  const eslint = new ESLint({
    cwd: job.cwd,
    overrideConfigFile: true,
    overrideConfig: [config],
    cache: false,
    fix: false,
    stats: job.timeRules,
    errorOnUnmatchedPattern: false,
  });

  const start = performance.now();
  const results = await eslint.lintFiles(['.']);
  const lintMs = performance.now() - start;

  const findings: Finding[] = [];
  let parseErrors = 0;
  for (const result of results) {
    const file = path
      .relative(job.cwd, result.filePath)
      .split(path.sep)
      .join('/');
    for (const message of result.messages) {
      if (message.ruleId === null) {
        parseErrors += message.fatal === true ? 1 : 0;
        continue;
      }
      findings.push({
        file,
        line: message.line,
        endLine: message.endLine ?? message.line,
        ruleId: message.ruleId,
        messageId: message.messageId,
      });
    }
  }

  return createSuccess({
    wallMs: 0,
    lintMs,
    findings,
    parseErrors,
    ruleTimes: job.timeRules ? sumRuleTimes(results) : undefined,
  });
}

function sumRuleTimes(
  results: readonly ESLintClass.LintResult[],
): Record<string, number> {
  const times: Record<string, number> = { [PARSE_TIME_KEY]: 0 };
  for (const result of results) {
    for (const pass of result.stats?.times.passes ?? []) {
      times[PARSE_TIME_KEY] =
        (times[PARSE_TIME_KEY] ?? 0) + (pass.parse?.total ?? 0);
      for (const [ruleId, time] of Object.entries(pass.rules ?? {})) {
        times[ruleId] = (times[ruleId] ?? 0) + time.total;
      }
    }
  }
  return times;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
