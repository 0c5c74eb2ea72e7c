import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import type { ESLint as ESLintClass, Linter } from 'eslint';

import {
  describeError,
  importPeerPlugin,
  loadPluginUnderTest,
  type PeerPackage,
} from './plugins.js';
import { getOwn } from './records.js';
import {
  createFailure,
  createSuccess,
  type Finding,
  PARSE_TIME_KEY,
  type ToolResult,
} from './findings.js';
import {
  type EslintPluginName,
  type EslintTool,
  PLUGIN_PREFIX,
} from './tools.js';

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

const LINTED_FILES = '**/*.{js,cjs,mjs,jsx,ts,cts,mts,tsx}';

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
  const config = await createConfig(job.tool, parser, job.pluginRoot);

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

async function createConfig(
  tool: EslintTool,
  parser: Linter.Parser,
  pluginRoot: string,
): Promise<Linter.Config> {
  const plugins: Record<string, ESLintClass.Plugin> = {};
  let rules: Linter.RulesRecord = { ...tool.rules };
  for (const name of tool.plugins) {
    const loaded = await loadEslintPlugin(name, tool, pluginRoot);
    plugins[name] = loaded.plugin;
    rules = { ...loaded.presetRules, ...rules };
  }

  return {
    files: [LINTED_FILES],
    languageOptions: { parser },
    // Every tool sees all of the code: the corpus's own `eslint-disable`
    // comments and rule comments are not the tools' concern.
    linterOptions: {
      noInlineConfig: true,
      reportUnusedDisableDirectives: 'off',
    },
    plugins,
    rules,
  };
}

async function loadEslintPlugin(
  name: EslintPluginName,
  tool: EslintTool,
  pluginRoot: string,
): Promise<{ plugin: ESLintClass.Plugin; presetRules: Linter.RulesRecord }> {
  switch (name) {
    case 'secret-hygiene': {
      return loadOwnPlugin(tool, pluginRoot);
    }
    case 'no-secrets': {
      return {
        plugin: await importPeer('eslint-plugin-no-secrets'),
        presetRules: {},
      };
    }
    case 'sonarjs': {
      return {
        plugin: await importPeer('eslint-plugin-sonarjs'),
        presetRules: {},
      };
    }
    case 'n': {
      return { plugin: await importPeer('eslint-plugin-n'), presetRules: {} };
    }
  }
}

async function loadOwnPlugin(
  tool: EslintTool,
  pluginRoot: string,
): Promise<{ plugin: ESLintClass.Plugin; presetRules: Linter.RulesRecord }> {
  const loaded = await loadPluginUnderTest(pluginRoot);
  let presetRules: Linter.RulesRecord = {};
  if (tool.preset !== undefined) {
    const preset = loaded.presets[tool.preset];
    if (preset === undefined) {
      throw new Error(
        `the plugin failed to load: ${loaded.error ?? `no ${tool.preset} preset`}`,
      );
    }
    presetRules = preset;
  }

  for (const ruleId of Object.keys({ ...presetRules, ...tool.rules })) {
    const name = ruleId.slice(PLUGIN_PREFIX.length + 1);
    if (ruleId.startsWith(`${PLUGIN_PREFIX}/`) && !(name in loaded.rules)) {
      const reason = getOwn(loaded.ruleErrors, name);
      throw new Error(
        `rule ${name} failed to load: ${reason ?? loaded.error ?? 'not found'}`,
      );
    }
  }

  const plugin = { rules: loaded.rules } as unknown as ESLintClass.Plugin;
  return { plugin, presetRules };
}

async function importPeer(specifier: PeerPackage): Promise<ESLintClass.Plugin> {
  return (await importPeerPlugin(specifier)) as ESLintClass.Plugin;
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
