import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import {
  EVAL_USAGE,
  type EvalOptions,
  formatEvalCommand,
  parseEvalArgs,
} from './args.js';
import { listCorpusFiles, REPOSITORY_ROOT } from './corpus.js';
import { createEvalCases, writeEvalCases } from './eval/cases.js';
import {
  applyDiff,
  CORPUS_FINDINGS_PATH,
  describeEntry,
  diffFindings,
  readReviewed,
  writeReviewed,
} from './eval/corpusFindings.js';
import type { EvalCase } from './eval/labels.js';
import {
  renderCorpusTable,
  renderFalseAlarmTable,
  renderFamilyTable,
  renderMissed,
  renderOwnFalseAlarms,
  renderPlacementTable,
  renderScoreTable,
  type ToolFindings,
} from './eval/tables.js';
import { createSuccess, type ToolResult } from './findings.js';
import { formatCount } from './format.js';
import { describeMachine, formatMachine, formatVersions } from './machine.js';
import { describeBuildErrors, transpilePlugin } from './build.js';
import { loadPluginUnderTest } from './plugins.js';
import { runTool, type RunToolOptions } from './runTool.js';
import {
  createEvalTools,
  createTools,
  PLUGIN_PREFIX,
  selectTools,
  type Tool,
} from './tools.js';
import {
  CACHE_DIRECTORY,
  getCopyPath,
  prepareCorpusCopy,
  sliceEvenly,
} from './workspace.js';

const JOB_DIRECTORY = path.join(CACHE_DIRECTORY, 'eval-jobs');
const CORPUS_DIRECTORY = path.join(CACHE_DIRECTORY, 'eval-corpus');
const REPORT_PATH = path.join(CACHE_DIRECTORY, 'EVAL.md');

async function main(): Promise<void> {
  const options = parseEvalArgs(process.argv.slice(2));
  if (options.help) {
    console.log(EVAL_USAGE);
    return;
  }

  const command = formatEvalCommand(options);
  const machine = describeMachine();
  console.log(`Reproduce with: npm ci && ${command}\n`);

  const notes: string[] = [];
  const build = transpilePlugin();
  notes.push(...describeBuildErrors(build.errors));
  const plugin = await loadPluginUnderTest(build.directory);
  const tools = selectTools(createEvalTools(plugin), options.tools);
  if (plugin.error !== undefined) {
    notes.push(
      `src/index.ts failed to load (${plugin.error}); the rules were loaded from their files.`,
    );
  }
  for (const [name, reason] of Object.entries(plugin.ruleErrors)) {
    notes.push(`Rule ${name} failed to load: ${reason}`);
  }

  const cases = createEvalCases();
  const casesDirectory = mkdtempSync(
    path.join(os.tmpdir(), 'secret-hygiene-eval-'),
  );
  mkdirSync(JOB_DIRECTORY, { recursive: true });
  const runOptions: RunToolOptions = {
    cwd: casesDirectory,
    jobDirectory: JOB_DIRECTORY,
    timeRules: false,
    eslintPackage: 'eslint',
    pluginRoot: build.directory,
    timeoutMs: options.timeout * 60_000,
  };

  const sections: string[] = [
    '# Accuracy evaluation',
    '',
    `- Date: ${machine.date}; command: \`npm ci && ${command}\``,
    `- Machine: ${formatMachine(machine)}`,
    `- Tools: ${formatVersions(machine)}`,
  ];
  try {
    writeEvalCases(cases, casesDirectory);
    console.log(
      `${formatCount(cases.length)} labeled cases written to ${casesDirectory}; running ${String(tools.length)} tools…`,
    );
    const results = await runTools(tools, plugin, runOptions, notes);
    sections.push(...renderCaseSections(cases, results));
  } finally {
    rmSync(casesDirectory, { recursive: true, force: true });
  }

  if (!options.skipCorpus) {
    sections.push(
      ...(await checkCorpus(tools, plugin, options, runOptions, notes)),
    );
  }

  if (notes.length > 0) {
    sections.push('', '## Notes', '', ...notes.map(note => `- ${note}`));
  }
  const report = `${sections.join('\n')}\n`;
  writeFileSync(REPORT_PATH, report);
  console.log(`\n${report}`);
  console.log(`Written to ${path.relative(REPOSITORY_ROOT, REPORT_PATH)}.`);
  console.log(`Reproduce with: npm ci && ${command}`);
}

/**
 * Runs every tool once on the folder. This plugin's rules run together;
 * when that run fails (a rule that throws), each rule runs alone so that
 * the others are still scored.
 */
async function runTools(
  tools: readonly Tool[],
  plugin: Awaited<ReturnType<typeof loadPluginUnderTest>>,
  options: RunToolOptions,
  notes: string[],
): Promise<ToolFindings[]> {
  const results: ToolFindings[] = [];
  for (const tool of tools) {
    let result = await runTool(tool, options);
    if (!result.ok && tool.id === PLUGIN_PREFIX) {
      notes.push(
        `This plugin's rules failed together (${result.error ?? ''}); each rule ran alone.`,
      );
      result = await runEachRule(plugin, options, notes);
    }
    if (!result.ok) {
      notes.push(`${tool.label} failed: ${result.error ?? 'unknown error'}`);
    }
    console.log(
      `  ${tool.label}: ${result.ok ? `${formatCount(result.findings.length)} findings` : 'failed'}`,
    );
    results.push({ tool, result });
  }
  return results;
}

async function runEachRule(
  plugin: Awaited<ReturnType<typeof loadPluginUnderTest>>,
  options: RunToolOptions,
  notes: string[],
): Promise<ToolResult> {
  const ruleTools = createTools(plugin).filter(
    tool => tool.isOurs && tool.kind === 'eslint' && tool.preset === undefined,
  );
  const merged = createSuccess({ wallMs: 0, findings: [] });
  for (const tool of ruleTools) {
    const result = await runTool(tool, options);
    if (result.ok) {
      merged.findings.push(...result.findings);
    } else {
      notes.push(`${tool.label} failed: ${result.error ?? 'unknown error'}`);
    }
  }
  return merged;
}

function renderCaseSections(
  cases: readonly EvalCase[],
  results: readonly ToolFindings[],
): string[] {
  const positives = cases.filter(evalCase =>
    evalCase.labels.some(label => !label.optional),
  ).length;
  return [
    '',
    '## Labeled cases',
    '',
    `${formatCount(cases.length)} files built at run time (seeded, so every run ` +
      `is alike): ${formatCount(positives)} with labeled findings, the rest ` +
      'clean code that must stay quiet. A finding counts when a rule of the ' +
      'matching kind reports on the labeled lines; any other finding is a ' +
      'false alarm.',
    '',
    '### Recall and precision per rule',
    '',
    renderScoreTable(cases, results),
    '',
    '### Hardcoded secrets by family',
    '',
    renderFamilyTable(cases, results),
    '',
    '### Provider tokens by placement',
    '',
    'Under a secret-sounding name (`const stripeSecretKey = "…"`), or where ' +
      'only the value can give it away (`new ApiClient("…")`).',
    '',
    renderPlacementTable(cases, results),
    '',
    '### False alarms by kind of code',
    '',
    renderFalseAlarmTable(cases, results),
    '',
    '### False alarms of this plugin',
    '',
    renderOwnFalseAlarms(cases, results),
    '',
    `### Missed by \`${PLUGIN_PREFIX}/no-hardcoded-secrets\``,
    '',
    renderMissed(cases, results),
  ];
}

async function checkCorpus(
  tools: readonly Tool[],
  plugin: Awaited<ReturnType<typeof loadPluginUnderTest>>,
  options: EvalOptions,
  runOptions: RunToolOptions,
  notes: string[],
): Promise<string[]> {
  const files = sliceEvenly(listCorpusFiles(), options.files);
  const linted = new Set(files.map(file => getCopyPath(file)));
  console.log(`\nClean corpus: ${formatCount(files.length)} files…`);
  const cwd = prepareCorpusCopy(files, CORPUS_DIRECTORY);
  // The environment rules report real reads in library code; only the
  // tools that look for secrets are compared here.
  const corpusTools = tools.filter(tool => tool.id !== 'n-no-process-env');
  const results = await runTools(
    corpusTools,
    plugin,
    { ...runOptions, cwd },
    notes,
  );

  const ours = results.find(entry => entry.tool.id === PLUGIN_PREFIX)?.result;
  const sections = [
    '',
    '## Clean corpus',
    '',
    `${formatCount(files.length)} files of the benchmark corpus: code that ` +
      'holds no live secret, so every finding is reviewed.',
    '',
    renderCorpusTable(results),
  ];
  if (!ours?.ok) {
    return [...sections, '', 'This plugin did not run; nothing to compare.'];
  }

  const reviewed = readReviewed();
  const diff = diffFindings(reviewed.findings, ours.findings, linted);
  const verdicts = countVerdicts(diff.kept);
  sections.push(
    '',
    `Against \`${path.relative(REPOSITORY_ROOT, CORPUS_FINDINGS_PATH)}\`: ` +
      `${String(diff.kept.length)} findings as reviewed (${String(verdicts.real)} real, ` +
      `${String(verdicts.false)} false, ${String(verdicts.unreviewed)} not reviewed yet), ` +
      `${String(diff.added.length)} new, ${String(diff.gone.length)} gone.`,
  );
  if (diff.added.length > 0) {
    sections.push(
      '',
      'New (not in the reviewed list):',
      '',
      ...diff.added.map(
        finding => `- ${describeEntry({ ...finding, rule: finding.ruleId })}`,
      ),
    );
  }
  if (diff.gone.length > 0) {
    sections.push(
      '',
      'Gone (reviewed, no longer found):',
      '',
      ...diff.gone.map(entry => `- ${describeEntry(entry)}`),
    );
  }

  const changed = diff.added.length + diff.gone.length > 0;
  if (changed && options.update) {
    writeReviewed(applyDiff(reviewed.findings, diff));
    notes.push(
      `Updated ${path.relative(REPOSITORY_ROOT, CORPUS_FINDINGS_PATH)}: review the "unreviewed" entries.`,
    );
  } else if (changed) {
    notes.push(
      'The corpus findings differ from the reviewed list; review them and run ' +
        '`npm run eval -- --update` to record them.',
    );
    process.exitCode = 1;
  }
  return sections;
}

function countVerdicts(
  entries: readonly { verdict: string }[],
): Record<'false' | 'real' | 'unreviewed', number> {
  const counts = { real: 0, false: 0, unreviewed: 0 };
  for (const entry of entries) {
    if (entry.verdict === 'real' || entry.verdict === 'false') {
      counts[entry.verdict]++;
    } else {
      counts.unreviewed++;
    }
  }
  return counts;
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
