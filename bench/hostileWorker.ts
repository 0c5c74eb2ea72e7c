import { readdirSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

import { REPOSITORY_ROOT } from './corpus.js';
import {
  buildHostileInputs,
  type HostileInput,
  type PatternSource,
  renderHostileInput,
} from './hostileInputs.js';
import {
  collectLiteralPatterns,
  dedupePatterns,
  findPatternsInExports,
} from './patterns.js';
import { describeError } from './plugins.js';
import { growthExponent } from './stats.js';

/** One line the child prints: what it starts, what it measured. */
export type HostileEvent =
  | { kind: 'plan'; total: number; notes: string[] }
  | { kind: 'start'; index: number; origin: string }
  | ({ kind: 'result' } & HostileMeasurement);

export interface HostileMeasurement {
  index: number;
  /** `regex` for one pattern; `scanString` for the engine's entry point. */
  target: 'regex' | 'scanString';
  origin: string;
  source: string;
  inputs: number;
  /** The slowest input's time at the longest length measured. */
  worstMs: number;
  worstLength: number;
  /** Growth of the slowest input over the three longest lengths. */
  exponent: number | undefined;
}

/** Input lengths, in characters of the repeated run. */
export const HOSTILE_LENGTHS = [1000, 10_000, 25_000, 50_000];

// Past this, an input is slow enough; longer ones would only take longer.
const GIVE_UP_MS = 2000;

const ENGINE_DIRECTORY = path.join(REPOSITORY_ROOT, 'src', 'engine');

type ScanString = (text: string) => unknown;

interface Probe {
  target: HostileMeasurement['target'];
  origin: string;
  source: string;
  inputs: HostileInput[];
  run: (text: string) => void;
}

/**
 * Times every regular expression of the plugin, then the engine's
 * `scanString`, on long runs of the characters each pattern loops on. It
 * prints one JSON line per step, so that the parent can tell which pattern
 * hangs, kill this process and start again after it (`argv[2]` is the
 * index to start from).
 */
async function main(): Promise<void> {
  const from = Number.parseInt(process.argv[2] ?? '0', 10);
  const { probes, notes } = await planProbes();
  emit({ kind: 'plan', total: probes.length, notes });

  for (const [index, probe] of probes.entries()) {
    if (index < from) {
      continue;
    }
    emit({ kind: 'start', index, origin: probe.origin });
    emit({ kind: 'result', ...measureProbe(index, probe) });
  }
}

async function planProbes(): Promise<{ probes: Probe[]; notes: string[] }> {
  const notes: string[] = [];
  const literal = collectLiteralPatterns();
  const { exported, scanString } = await loadEngine(notes);
  const patterns = dedupePatterns([...literal, ...exported]);
  notes.push(
    `${String(literal.length)} pattern literals in src/ and rules/, ` +
      `${String(exported.length)} patterns from the engine's exports`,
  );

  const regexProbes = patterns.map(pattern => toRegexProbe(pattern));
  if (scanString === undefined) {
    notes.push('`scanString` is not exported by src/engine yet; skipped');
    return { probes: regexProbes, notes };
  }

  // The engine as a whole, on the inputs built for every pattern: this
  // catches slow code around the patterns (windows, entropy, loops).
  const probes = [...regexProbes];
  const seen = new Set<string>();
  for (const probe of regexProbes) {
    for (const input of probe.inputs) {
      const key = `${input.prefix}\u0001${input.unit}`;
      if (seen.has(key)) {
        continue;
      }
      seen.add(key);
      probes.push({
        target: 'scanString',
        origin: `scanString after ${probe.origin}`,
        source: JSON.stringify(`${input.prefix}${input.unit}…`).slice(0, 60),
        inputs: [input],
        run: text => {
          scanString(text);
        },
      });
    }
  }
  return { probes, notes };
}

function toRegexProbe(pattern: PatternSource): Probe {
  let regex: RegExp | undefined;
  try {
    regex = new RegExp(pattern.source, pattern.flags);
  } catch {
    regex = undefined;
  }

  return {
    target: 'regex',
    origin: pattern.origin,
    source: `/${pattern.source}/${pattern.flags}`,
    inputs: regex === undefined ? [] : buildHostileInputs(pattern),
    run: text => {
      if (regex === undefined) {
        return;
      }
      regex.lastIndex = 0;
      if (!regex.global) {
        regex.exec(text);
        return;
      }
      // Global patterns are used to find every match; so is this one.
      for (const match of text.matchAll(regex)) {
        if (match.index > text.length) {
          break;
        }
      }
    },
  };
}

async function loadEngine(
  notes: string[],
): Promise<{ exported: PatternSource[]; scanString: ScanString | undefined }> {
  const exported: PatternSource[] = [];
  let scanString: ScanString | undefined;
  for (const file of listEngineFiles(ENGINE_DIRECTORY)) {
    const relative = path.relative(REPOSITORY_ROOT, file);
    try {
      const module = (await import(pathToFileURL(file).href)) as Record<
        string,
        unknown
      >;
      exported.push(
        ...findPatternsInExports(module).map(pattern => ({
          ...pattern,
          origin: `${relative}: ${pattern.origin}`,
        })),
      );
      if (typeof module.scanString === 'function') {
        scanString ??= module.scanString as ScanString;
      }
    } catch (error) {
      notes.push(`${relative} failed to load: ${describeError(error)}`);
    }
  }
  return { exported, scanString };
}

function listEngineFiles(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true, recursive: true })
    .filter(entry => entry.isFile() && entry.name.endsWith('.ts'))
    .map(entry => path.join(entry.parentPath, entry.name))
    .sort();
}

function measureProbe(index: number, probe: Probe): HostileMeasurement {
  let worstMs = 0;
  let worstLength = 0;
  let exponent: number | undefined;
  for (const input of probe.inputs) {
    const points: { size: number; time: number }[] = [];
    for (const length of HOSTILE_LENGTHS) {
      const text = renderHostileInput(input, length);
      const time = timeRun(probe, text);
      points.push({ size: length, time });
      if (time > GIVE_UP_MS) {
        break;
      }
    }

    const last = points.at(-1);
    if (last && (last.time > worstMs || worstLength === 0)) {
      worstMs = last.time;
      worstLength = last.size;
      exponent = growthExponent(points.slice(-3));
    }
  }

  return {
    index,
    target: probe.target,
    origin: probe.origin,
    source: probe.source,
    inputs: probe.inputs.length,
    worstMs,
    worstLength,
    exponent,
  };
}

function timeRun(probe: Probe, text: string): number {
  // A pause of the garbage collector or of a shared machine can land on
  // any run: keep the best of three, unless one run is plainly slow.
  let best = Number.POSITIVE_INFINITY;
  for (let attempt = 0; attempt < 3; attempt++) {
    const start = performance.now();
    probe.run(text);
    const time = performance.now() - start;
    best = Math.min(best, time);
    if (time > GIVE_UP_MS / 4) {
      break;
    }
  }
  return best;
}

function emit(event: HostileEvent): void {
  process.stdout.write(`${JSON.stringify(event)}\n`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
