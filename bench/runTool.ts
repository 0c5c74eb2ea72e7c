import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

import { REPOSITORY_ROOT } from './corpus.js';
import type { EslintJob } from './eslintWorker.js';
import {
  createFailure,
  createSuccess,
  type Finding,
  type ToolResult,
} from './findings.js';
import { getErrorTail, spawnMeasured } from './spawn.js';
import type { EslintTool, Tool } from './tools.js';
import { runWorkerJob } from './workerJob.js';

export interface RunToolOptions {
  /** The folder the tool lints, whole. */
  cwd: string;
  /** Where the job, result and config files of the run go. */
  jobDirectory: string;
  /** ESLint tools: collect per-rule times (slower; not for timed runs). */
  timeRules: boolean;
  eslintPackage: EslintJob['eslintPackage'];
  /** Where ESLint tools load this plugin from (see `build.ts`). */
  pluginRoot: string;
  timeoutMs: number;
}

const require = createRequire(import.meta.url);

const ESLINT_WORKER = path.join(REPOSITORY_ROOT, 'bench', 'eslintWorker.ts');
const SECRETLINT_CLI = path.join(
  REPOSITORY_ROOT,
  'node_modules',
  'secretlint',
  'bin',
  'secretlint.js',
);
const SECRETLINT_CONFIG = JSON.stringify({
  rules: [{ id: '@secretlint/secretlint-rule-preset-recommend' }],
});

// Biome reads its config from a folder; only `noSecrets` runs, with no file
// size limit (the default skips files over 1 MiB).
const BIOME_CONFIG = {
  files: { maxSize: 1024 * 1024 * 1024 },
  formatter: { enabled: false },
  assist: { enabled: false },
  vcs: { enabled: false },
  linter: {
    enabled: true,
    rules: { preset: 'none', security: { noSecrets: 'error' } },
  },
};

/** Runs one tool over a whole folder in a child process. */
export async function runTool(
  tool: Tool,
  options: RunToolOptions,
): Promise<ToolResult> {
  mkdirSync(options.jobDirectory, { recursive: true });
  try {
    switch (tool.kind) {
      case 'eslint': {
        return await runEslint(tool, options);
      }
      case 'biome': {
        return await runBiome(options);
      }
      case 'secretlint': {
        return await runSecretlint(options);
      }
    }
  } catch (error) {
    return createFailure(
      error instanceof Error ? error.message : String(error),
    );
  }
}

async function runEslint(
  tool: EslintTool,
  options: RunToolOptions,
): Promise<ToolResult> {
  const jobPath = path.join(options.jobDirectory, `${tool.id}.job.json`);
  const resultPath = path.join(options.jobDirectory, `${tool.id}.result.json`);
  const job: EslintJob = {
    tool,
    cwd: options.cwd,
    timeRules: options.timeRules,
    eslintPackage: options.eslintPackage,
    pluginRoot: options.pluginRoot,
    resultPath,
  };
  const { run, text } = await runWorkerJob(ESLINT_WORKER, jobPath, job, {
    memoryPath: path.join(options.jobDirectory, `${tool.id}.memory`),
    timeoutMs: options.timeoutMs,
  });
  if (run.code !== 0 || text === '') {
    return createFailure(getErrorTail(run), run.wallMs);
  }

  const result = JSON.parse(text) as ToolResult;
  return {
    ...result,
    wallMs: run.wallMs,
    maxRssKb: run.maxRssKb ?? result.maxRssKb,
  };
}

async function runBiome(options: RunToolOptions): Promise<ToolResult> {
  const configDirectory = path.join(options.jobDirectory, 'biome-config');
  mkdirSync(configDirectory, { recursive: true });
  writeFileSync(
    path.join(configDirectory, 'biome.json'),
    JSON.stringify(BIOME_CONFIG),
  );
  const reportPath = path.join(options.jobDirectory, 'biome.report.json');
  writeFileSync(reportPath, '');

  const run = await spawnMeasured(
    getBiomeBinary(),
    [
      'lint',
      `--config-path=${configDirectory}`,
      '--reporter=json',
      `--reporter-file=${reportPath}`,
      '--max-diagnostics=none',
      '--colors=off',
      '.',
    ],
    {
      cwd: options.cwd,
      // Biome lints on every core by default; ESLint and secretlint use one.
      // One thread keeps the comparison about the work, not the machine.
      env: { RAYON_NUM_THREADS: '1' },
      memoryPath: path.join(options.jobDirectory, 'biome.memory'),
      timeoutMs: options.timeoutMs,
    },
  );

  const text = readFileSync(reportPath, 'utf8');
  // Exit code 1 means "diagnostics were emitted", which is a normal run.
  if ((run.code !== 0 && run.code !== 1) || text === '') {
    return createFailure(getErrorTail(run), run.wallMs);
  }

  const report = JSON.parse(text) as BiomeReport;
  return createSuccess({
    wallMs: run.wallMs,
    maxRssKb: run.maxRssKb,
    findings: getBiomeFindings(report),
    parseErrors: countBiomeParseErrors(report),
  });
}

interface BiomeReport {
  diagnostics: {
    category?: string;
    location?: {
      path?: string;
      start?: { line: number };
      end?: { line: number };
    };
  }[];
}

/** The `noSecrets` findings of a Biome JSON report. */
export function getBiomeFindings(report: BiomeReport): Finding[] {
  return report.diagnostics
    .filter(diagnostic => diagnostic.category === 'lint/security/noSecrets')
    .map(diagnostic => {
      const line = diagnostic.location?.start?.line ?? 0;
      return {
        file: (diagnostic.location?.path ?? '').split(path.sep).join('/'),
        line,
        endLine: diagnostic.location?.end?.line ?? line,
        ruleId: 'biome/noSecrets',
        messageId: undefined,
      };
    });
}

function countBiomeParseErrors(report: BiomeReport): number {
  const files = new Set(
    report.diagnostics
      .filter(diagnostic => diagnostic.category === 'parse')
      .map(diagnostic => diagnostic.location?.path),
  );
  return files.size;
}

function getBiomeBinary(): string {
  const name = process.platform === 'win32' ? 'biome.exe' : 'biome';
  const candidates = [
    `@biomejs/cli-${process.platform}-${process.arch}/${name}`,
    `@biomejs/cli-${process.platform}-${process.arch}-musl/${name}`,
  ];
  for (const candidate of candidates) {
    try {
      const resolved = require.resolve(candidate);
      if (existsSync(resolved)) {
        return resolved;
      }
    } catch {
      // Not this platform's package; try the next.
    }
  }
  throw new Error(
    `no Biome binary for ${process.platform}-${process.arch} in node_modules`,
  );
}

async function runSecretlint(options: RunToolOptions): Promise<ToolResult> {
  const reportPath = path.join(options.jobDirectory, 'secretlint.report.json');
  writeFileSync(reportPath, '');

  const run = await spawnMeasured(
    process.execPath,
    [
      SECRETLINT_CLI,
      `--secretlintrcJSON=${SECRETLINT_CONFIG}`,
      '--format=json',
      `--output=${reportPath}`,
      '--no-color',
      // The corpus copy sits in a git-ignored folder.
      '--no-gitignore',
      '**/*.{js,cjs,mjs,jsx,ts,cts,mts,tsx}',
    ],
    {
      cwd: options.cwd,
      memoryPath: path.join(options.jobDirectory, 'secretlint.memory'),
      timeoutMs: options.timeoutMs,
    },
  );

  const text = readFileSync(reportPath, 'utf8');
  // Exit code 1 means "secrets were found", which is a normal run.
  if ((run.code !== 0 && run.code !== 1) || text === '') {
    return createFailure(getErrorTail(run), run.wallMs);
  }

  const report = JSON.parse(text) as SecretlintReport;
  return createSuccess({
    wallMs: run.wallMs,
    maxRssKb: run.maxRssKb,
    findings: getSecretlintFindings(report, options.cwd),
  });
}

type SecretlintReport = {
  filePath: string;
  messages: {
    messageId?: string;
    loc: { start: { line: number }; end: { line: number } };
  }[];
}[];

/** The findings of a secretlint JSON report, with paths made relative. */
export function getSecretlintFindings(
  report: SecretlintReport,
  cwd: string,
): Finding[] {
  return report.flatMap(file =>
    file.messages.map(message => ({
      file: path.relative(cwd, file.filePath).split(path.sep).join('/'),
      line: message.loc.start.line,
      endLine: message.loc.end.line,
      ruleId: 'secretlint',
      messageId: message.messageId,
    })),
  );
}
