import { readFileSync, writeFileSync } from 'node:fs';

import parser from '@typescript-eslint/parser';
import { type ESLint, Linter } from 'eslint';

import {
  describeError,
  importPeerPlugin,
  loadPluginUnderTest,
  PEER_RULES,
  type PeerPackage,
} from './plugins.js';
import { FLOOR_KEY, type ScalingMeasurement } from './scaling.js';
import { SCALING_SIZES, SYNTHETIC_SHAPES } from './synthetic.js';
import { PLUGIN_PREFIX } from './tools.js';

/** What the parent asks the scaling child process to do. */
export interface ScalingJob {
  /** Multiplies every size, for a quick look (0.25) or a closer one (4). */
  scale: number;
  /** Runs per input and size; the fastest is kept. */
  repeats: number;
  /** Also time the peers' ESLint rules, for comparison. */
  includePeers: boolean;
  /** Where to load this plugin from (see `loadPluginUnderTest`). */
  pluginRoot: string;
  resultPath: string;
}

export interface ScalingOutput {
  /** Why the plugin failed to load, if it did. */
  error: string | undefined;
  measurements: ScalingMeasurement[];
}

// Fixes are built when the accessor's module is known; make the rules
// build them, as they would for a configured project.
const SETTINGS = {
  [PLUGIN_PREFIX]: { accessor: { name: 'getSecret', module: './secrets' } },
};

const FILENAME = 'synthetic.ts';

/**
 * Lints each synthetic input at each size with all of this plugin's rules
 * and takes each rule's time from ESLint's rule timing (parsing excluded).
 * Results are written after every input, so a rule that hangs still leaves
 * the figures before it.
 */
async function main(): Promise<void> {
  const jobPath = process.argv.at(2);
  if (jobPath === undefined) {
    throw new Error('usage: jiti bench/scalingWorker.ts <job.json>');
  }

  const job = JSON.parse(readFileSync(jobPath, 'utf8')) as ScalingJob;
  const plugin = await loadPluginUnderTest(job.pluginRoot);
  const output: ScalingOutput = { error: plugin.error, measurements: [] };
  const ruleIds = Object.keys(plugin.rules).map(
    name => `${PLUGIN_PREFIX}/${name}`,
  );
  for (const [name, reason] of Object.entries(plugin.ruleErrors)) {
    output.error = `${output.error ?? ''} ${name}: ${reason}`.trim();
  }

  const plugins: Record<string, ESLint.Plugin> = {
    [PLUGIN_PREFIX]: { rules: plugin.rules } as unknown as ESLint.Plugin,
  };
  if (job.includePeers) {
    for (const [specifier, peer] of Object.entries(PEER_RULES)) {
      plugins[peer.prefix] = (await importPeerPlugin(
        specifier as PeerPackage,
      )) as ESLint.Plugin;
      ruleIds.push(...peer.rules.map(rule => `${peer.prefix}/${rule}`));
    }
  }

  const linter = new Linter({ configType: 'flat' });
  const configFor = (rules: readonly string[]): Linter.Config[] => [
    {
      files: ['**/*.ts'],
      languageOptions: { parser },
      plugins,
      settings: SETTINGS,
      rules: Object.fromEntries(rules.map(ruleId => [ruleId, 'error'])),
    },
  ];

  // Warm the JIT on the smallest inputs first, or the first size measured
  // is slow for reasons that have nothing to do with the rules.
  for (const shape of SYNTHETIC_SHAPES) {
    const code = shape.generate(Math.max(1, Math.round(job.scale)));
    tryVerify(linter, code, configFor(ruleIds));
  }

  for (const shape of SYNTHETIC_SHAPES) {
    for (const size of SCALING_SIZES) {
      const code = shape.generate(Math.max(1, Math.round(size * job.scale)));
      output.measurements.push(
        measure(linter, code, shape.id, size, ruleIds, configFor, job.repeats),
      );
      writeFileSync(job.resultPath, JSON.stringify(output));
    }
  }
  writeFileSync(job.resultPath, JSON.stringify(output));
}

function measure(
  linter: Linter,
  code: string,
  shape: string,
  size: number,
  ruleIds: readonly string[],
  configFor: (rules: readonly string[]) => Linter.Config[],
  repeats: number,
): ScalingMeasurement {
  const samples = new Map<string, number[]>();
  const errors: Record<string, string> = {};
  const record = (key: string, ms: number): void => {
    samples.set(key, [...(samples.get(key) ?? []), ms]);
  };

  for (let repeat = 0; repeat < repeats; repeat++) {
    collectGarbage();
    const start = performance.now();
    tryVerify(linter, code, configFor([]));
    record(FLOOR_KEY, performance.now() - start);

    // All rules in one pass; ESLint times each separately. When one throws,
    // the pass fails, so each rule then runs alone to keep the others.
    collectGarbage();
    const together = tryVerify(linter, code, configFor(ruleIds));
    const runs =
      together.error === undefined
        ? [{ rules: ruleIds, result: together }]
        : ruleIds.map(ruleId => ({
            rules: [ruleId],
            result: tryVerify(linter, code, configFor([ruleId])),
          }));
    for (const { rules, result } of runs) {
      if (result.error !== undefined) {
        for (const ruleId of rules) {
          errors[ruleId] = result.error;
        }
        continue;
      }
      for (const ruleId of rules) {
        record(ruleId, result.times[ruleId] ?? 0);
      }
    }
  }

  const times: Record<string, number> = {};
  for (const [key, values] of samples) {
    if (!(key in errors)) {
      // Noise only ever adds time: the fastest run is the rule's own cost.
      times[key] = Math.min(...values);
    }
  }
  return {
    shape,
    size,
    lines: code.split('\n').length,
    characters: code.length,
    times,
    errors,
  };
}

/**
 * Starts each measurement with a clean heap (the child runs with
 * `--expose-gc`): otherwise a collection left over from the previous,
 * larger input lands in the middle of a rule and reads as its growth.
 */
function collectGarbage(): void {
  const { gc } = globalThis as { gc?: () => void };
  gc?.();
}

interface VerifyResult {
  error: string | undefined;
  times: Record<string, number>;
}

function tryVerify(
  linter: Linter,
  code: string,
  config: Linter.Config[],
): VerifyResult {
  try {
    // `stats` is a documented verify option that ESLint's types leave out
    // of `FixOptions`; `verifyAndFix` resets the times of the last run.
    const options = { filename: FILENAME, fix: false, stats: true };
    const { messages } = linter.verifyAndFix(
      code,
      config,
      options as Linter.FixOptions,
    );
    const fatal = messages.find(message => message.fatal === true);
    if (fatal) {
      return { error: fatal.message, times: {} };
    }

    const times: Record<string, number> = {};
    for (const pass of linter.getTimes().passes) {
      for (const [ruleId, time] of Object.entries(pass.rules ?? {})) {
        times[ruleId] = (times[ruleId] ?? 0) + time.total;
      }
    }
    return { error: undefined, times };
  } catch (error) {
    return { error: describeError(error), times: {} };
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
