import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import {
  BENCH_PARTS,
  BENCH_USAGE,
  type BenchOptions,
  formatBenchCommand,
  parseBenchArgs,
} from './args.js';
import {
  CORPUS_PACKAGES,
  countLines,
  listCorpusFiles,
  REPOSITORY_ROOT,
} from './corpus.js';
import type { ToolResult } from './findings.js';
import { formatCount, formatMs } from './format.js';
import { type HostileReport, runHostileCheck } from './hostile.js';
import { describeMachine, formatMachine, formatVersions } from './machine.js';
import { describeBuildErrors, transpilePlugin } from './build.js';
import { type PairedReport, runPaired, selectPairedTools } from './paired.js';
import { loadPluginUnderTest } from './plugins.js';
import {
  judgeTargets,
  listFailures,
  listGrowthToCheck,
  renderHostileTable,
  renderPairedTable,
  renderRuleTimes,
  renderScalingTable,
  renderSpeedTable,
  renderTargets,
} from './report.js';
import { runTool } from './runTool.js';
import {
  analyzeScaling,
  MEASURABLE_MS,
  type ScalingRow,
  SUPERLINEAR_EXPONENT,
} from './scaling.js';
import type { ScalingJob, ScalingOutput } from './scalingWorker.js';
import {
  createRuleTimingTool,
  runAlternating,
  type SpeedSummary,
  summarizeSpeed,
} from './speed.js';
import { SCALING_SIZES, SYNTHETIC_SHAPES } from './synthetic.js';
import {
  ANY_RULE_TOOL_ID,
  createTools,
  FLOOR_TOOL_ID,
  selectTools,
  type Tool,
} from './tools.js';
import { runWorkerJob } from './workerJob.js';
import {
  CACHE_DIRECTORY,
  getCopyPath,
  prepareCorpusCopy,
  sliceEvenly,
} from './workspace.js';

const JOB_DIRECTORY = path.join(CACHE_DIRECTORY, 'jobs');
const RESULTS_PATH = path.join(REPOSITORY_ROOT, 'bench', 'RESULTS.md');
const PARTIAL_RESULTS_PATH = path.join(CACHE_DIRECTORY, 'RESULTS.partial.md');

// A silent hostile-input child for this long is taken to hang.
const HOSTILE_STALL_MS = 20_000;

interface Sections {
  speed?: string;
  ruleTimes?: string;
  paired?: string;
  scaling?: string;
  hostile?: string;
  targets: string;
  notes: string[];
}

async function main(): Promise<void> {
  const options = parseBenchArgs(process.argv.slice(2));
  if (options.help) {
    console.log(BENCH_USAGE);
    return;
  }

  const command = formatBenchCommand(options);
  const machine = describeMachine();
  console.log(`Reproduce with: npm ci && ${command}`);
  console.log(`Machine: ${formatMachine(machine)}\n`);

  const notes: string[] = [];
  const build = transpilePlugin();
  notes.push(...describeBuildErrors(build.errors));
  const plugin = await loadPluginUnderTest(build.directory);
  if (plugin.error !== undefined) {
    notes.push(
      `src/index.ts failed to load (${plugin.error}); the presets did not ` +
        'run and each rule file was loaded on its own.',
    );
  }
  const tools = selectTools(
    createTools(plugin),
    options.tools && [
      ...new Set([FLOOR_TOOL_ID, ANY_RULE_TOOL_ID, ...options.tools]),
    ],
  );

  const corpusFiles = sliceEvenly(listCorpusFiles(), options.files);
  const lines = countLines(corpusFiles);
  mkdirSync(JOB_DIRECTORY, { recursive: true });

  let summaries: SpeedSummary[] = [];
  let ruleTiming: ToolResult | undefined;
  let scaling: ScalingRow[] | undefined;
  let hostile: HostileReport | undefined;
  let paired: PairedReport | undefined;
  const sections: Sections = { targets: '', notes };

  // Both corpus parts lint one copy, made once.
  const usesCorpus = options.parts.some(
    part => part === 'speed' || part === 'paired',
  );
  let cwd = '';
  if (usesCorpus) {
    console.log(
      `Copying ${formatCount(corpusFiles.length)} corpus files (${formatCount(lines)} lines)…`,
    );
    cwd = prepareCorpusCopy(corpusFiles);
  }

  if (options.parts.includes('speed')) {
    ({ summaries, ruleTiming } = await measureSpeed(
      tools,
      options,
      cwd,
      lines,
      notes,
      build.directory,
    ));
    sections.speed = renderSpeedTable(summaries);
    notes.push(...listFailures(summaries));
    sections.ruleTimes =
      ruleTiming === undefined ? undefined : renderRuleTimes(ruleTiming, lines);
  }

  if (options.parts.includes('paired')) {
    paired = await measurePaired(tools, options, {
      cwd,
      files: corpusFiles.map(getCopyPath),
      pluginRoot: build.directory,
    });
    if (paired.error !== undefined) {
      notes.push(`The paired run failed: ${paired.error}`);
    }
    sections.paired = renderPairedTable(paired);
  }

  if (options.parts.includes('scaling')) {
    scaling = await measureScaling(options, notes, build.directory);
    notes.push(...listGrowthToCheck(scaling));
    sections.scaling = renderScalingTable(
      scaling,
      SCALING_SIZES,
      getShapeTitles(),
    );
  }

  if (options.parts.includes('hostile')) {
    console.log('Hostile inputs for every pattern…');
    hostile = await runHostileCheck(HOSTILE_STALL_MS);
    notes.push(...hostile.notes);
    sections.hostile = renderHostileTable(hostile);
  }

  sections.targets = renderTargets(
    judgeTargets({ summaries, ruleTiming, paired, scaling, hostile }),
  );

  const report = renderReport(sections, {
    command,
    machineLine: formatMachine(machine),
    versions: formatVersions(machine),
    date: machine.date,
    files: corpusFiles.length,
    lines,
    options,
  });
  const output = getOutputPath(options);
  writeFileSync(output, report);
  console.log(`\n${report}`);
  console.log(`Written to ${path.relative(REPOSITORY_ROOT, output)}.`);
  console.log(`Reproduce with: npm ci && ${command}`);
}

async function measureSpeed(
  tools: readonly Tool[],
  options: BenchOptions,
  cwd: string,
  lines: number,
  notes: string[],
  pluginRoot: string,
): Promise<{ summaries: SpeedSummary[]; ruleTiming: ToolResult | undefined }> {
  const runOptions = {
    cwd,
    jobDirectory: JOB_DIRECTORY,
    eslintPackage:
      options.eslint === '9' ? ('eslint9' as const) : ('eslint' as const),
    pluginRoot,
    timeoutMs: options.timeout * 60_000,
  };

  // The rule-timing run goes first: it also warms the disk cache and the
  // TypeScript loader's cache (the workers are TypeScript) for the timed
  // runs.
  console.log('Rule timing run (not timed)…');
  let ruleTiming: ToolResult | undefined;
  const timingTool = createRuleTimingTool(tools, true);
  if (timingTool) {
    ruleTiming = await runTool(timingTool, { ...runOptions, timeRules: true });
    const peersOnly = createRuleTimingTool(tools, false);
    if (!ruleTiming.ok && peersOnly) {
      notes.push(
        `Rule timing with this plugin's rules failed (${ruleTiming.error ?? ''}); ` +
          "the table holds the peers' rules only.",
      );
      ruleTiming = await runTool(peersOnly, { ...runOptions, timeRules: true });
    }
  }

  const results = await runAlternating(
    tools,
    options.runs,
    runOptions,
    (tool, run, result) => {
      const figure = result.ok
        ? `${formatMs(result.wallMs)}, ${formatCount(result.findings.length)} findings`
        : `failed: ${result.error ?? ''}`;
      console.log(
        `[run ${String(run)}/${String(options.runs)}] ${tool.id}: ${figure}`,
      );
    },
  );
  return { summaries: summarizeSpeed(tools, results, lines), ruleTiming };
}

async function measurePaired(
  tools: readonly Tool[],
  options: BenchOptions,
  corpus: { cwd: string; files: string[]; pluginRoot: string },
): Promise<PairedReport> {
  console.log('Paired run: every ESLint tool over the corpus in turn…');
  const pairedTools = selectPairedTools(tools);
  const report = await runPaired(pairedTools, {
    ...corpus,
    rounds: options.rounds,
    jobDirectory: JOB_DIRECTORY,
    eslintPackage: options.eslint === '9' ? 'eslint9' : 'eslint',
    // One process lints the corpus with every tool, once per round.
    timeoutMs: options.timeout * 60_000 * pairedTools.length,
  });
  for (const row of report.rows) {
    console.log(
      `[paired] ${row.tool.id}: ${formatMs(row.totalMs)}, ` +
        `${(row.addedShare * 100).toFixed(1)}% over the floor`,
    );
  }
  return report;
}

async function measureScaling(
  options: BenchOptions,
  notes: string[],
  pluginRoot: string,
): Promise<ScalingRow[]> {
  console.log('Scaling on synthetic inputs…');
  const jobPath = path.join(JOB_DIRECTORY, 'scaling.job.json');
  const resultPath = path.join(JOB_DIRECTORY, 'scaling.result.json');
  const job: ScalingJob = {
    scale: options.scale,
    repeats: options.repeats,
    includePeers: options.peers,
    pluginRoot,
    resultPath,
  };
  const { run, text } = await runWorkerJob(
    path.join(REPOSITORY_ROOT, 'bench', 'scalingWorker.ts'),
    jobPath,
    job,
    { nodeFlags: ['--expose-gc'], timeoutMs: options.timeout * 60_000 },
  );
  if (run.timedOut) {
    notes.push(
      'The scaling check timed out; its table holds what it measured.',
    );
  }
  if (text === '') {
    notes.push(
      `The scaling check failed: ${run.stderr.trim().split('\n').at(-1) ?? ''}`,
    );
    return [];
  }

  const output = JSON.parse(text) as ScalingOutput;
  if (output.error !== undefined) {
    notes.push(`Scaling: ${output.error}`);
  }
  return analyzeScaling(output.measurements, SCALING_SIZES);
}

function getShapeTitles(): Record<string, string> {
  return Object.fromEntries(
    SYNTHETIC_SHAPES.map(shape => [shape.id, shape.title]),
  );
}

function getOutputPath(options: BenchOptions): string {
  if (options.output !== undefined) {
    return path.resolve(options.output);
  }
  const isFullRun =
    options.files === undefined &&
    options.tools === undefined &&
    options.parts.length === BENCH_PARTS.length;
  if (isFullRun) {
    return RESULTS_PATH;
  }
  mkdirSync(CACHE_DIRECTORY, { recursive: true });
  return PARTIAL_RESULTS_PATH;
}

interface ReportContext {
  command: string;
  machineLine: string;
  versions: string;
  date: string;
  files: number;
  lines: number;
  options: BenchOptions;
}

function renderReport(sections: Sections, context: ReportContext): string {
  const { options } = context;
  const parts: string[] = [
    '# Benchmark results',
    '',
    '<!-- Written by `npm run bench`; edits here are overwritten. -->',
    '',
    `- Date: ${context.date}`,
    `- Command: \`npm ci && ${context.command}\``,
    `- Machine: ${context.machineLine}`,
    `- Tools: ${context.versions}`,
    `- Corpus: ${formatCount(context.files)} files, ${formatCount(context.lines)} lines: ` +
      `the JavaScript and TypeScript sources shipped by ${String(CORPUS_PACKAGES.length)} ` +
      'pinned devDependencies (`bench/corpus.ts`), copied to `bench/.cache/corpus/`.',
    '',
    '## Targets',
    '',
    sections.targets,
  ];

  if (sections.speed !== undefined) {
    parts.push(
      '',
      '## Speed',
      '',
      `Each tool ran ${String(options.runs)} times in a process of its own, the ` +
        'tools alternating (A B C A B C …); the figures are medians. "Median ' +
        'time" is the wall time of the whole process, start-up included; ' +
        '"Lint only" is the time inside ESLint\'s `lintFiles`; "Spread" is ' +
        'the slowest run less the fastest, over the median. The floor is ' +
        "ESLint with typescript-eslint's parser and no rules: parsing and " +
        'traversal. This plugin is loaded from its sources transpiled to ' +
        'JavaScript (`bench/.cache/build/`), as users load the published ' +
        'build. Biome runs on one thread (`RAYON_NUM_THREADS=1`) like the ' +
        'others; peak memory is the resident set of the process (GNU time).',
      '',
      sections.speed,
    );
  }

  if (sections.ruleTimes !== undefined) {
    parts.push(
      '',
      '### Time per rule',
      '',
      "From ESLint's rule timing (`stats`, the data behind `TIMING`), in one " +
        'extra run with every ESLint rule above; it wraps every listener, so ' +
        'it is not one of the timed runs.',
      '',
      sections.ruleTimes,
    );
  }

  if (sections.paired !== undefined) {
    parts.push(
      '',
      '## Paired run',
      '',
      'Whole-process times include start-up and drift with the machine ' +
        'from one minute to the next. So every ESLint tool also ran in one ' +
        'process: in each round, every tool lints the whole corpus once, ' +
        'one after the other, the order rotating from round to round; a ' +
        "tool's added share is its time over the floor's in the same round, " +
        'averaged over the rounds. The first 500 files are linted once ' +
        'untimed by every tool, to warm the JIT, and the heap is collected, ' +
        "untimed, before each tool's pass, so that no tool's garbage is " +
        "collected on another's clock; within a pass, garbage collection " +
        'runs as in a lint job and is charged to the tool. "± margin" is two ' +
        'standard errors of the added share over the rounds. The row "ESLint ' +
        '+ one rule that does nothing" shows what ESLint adds for any rule ' +
        'at all, before the rule does any work.',
      '',
      sections.paired,
    );
  }

  if (sections.scaling !== undefined) {
    parts.push(
      '',
      '## Scaling',
      '',
      `Synthetic files at 1, 2, 4 and 8 times a base size (scaled by ${String(options.scale)}), each rule timed ` +
        "by ESLint's rule timing (the fastest of " +
        `${String(options.repeats)} runs, on a freshly collected heap). The ` +
        'exponent is the slope of log time against log size, over all sizes ' +
        'or over the last doubling alone, whichever is steeper (a fixed cost ' +
        'per file flattens the small sizes): 1 is linear, 2 ' +
        `quadratic; above ${String(SUPERLINEAR_EXPONENT)} is flagged, and ` +
        `rules under ${String(MEASURABLE_MS)} ms at 8× are not judged. On ` +
        '"deep nesting" the depth grows with the size, so work that walks up ' +
        'the tree from each node (ancestors, scopes) grows as size × depth ' +
        'and shows there as an exponent towards 2.',
      '',
      sections.scaling,
    );
  }

  if (sections.hostile !== undefined) {
    parts.push(
      '',
      '## Hostile inputs',
      '',
      'Every regular expression in `src/` and `rules/` (literals and the ' +
        "engine's exported patterns), then the engine's `scanString`, on " +
        'the text before each loop followed by a long run of what the loop ' +
        'matches and a character that makes the match fail. The slowest ' +
        'ten, and every flagged one:',
      '',
      sections.hostile,
    );
  }

  if (sections.notes.length > 0) {
    parts.push('', '## Notes', '', ...sections.notes.map(note => `- ${note}`));
  }
  return `${parts.join('\n')}\n`;
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
