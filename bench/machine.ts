import { readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { REPOSITORY_ROOT } from './corpus.js';

/** Where and with what the figures were measured. */
export interface MachineInfo {
  date: string;
  cores: number;
  cpuModel: string;
  memoryGb: number;
  node: string;
  platform: string;
  /** One-minute load average when the run started: others' work shows here. */
  loadAverage: number;
  versions: Record<string, string>;
}

/** The packages whose versions the results name. */
const MEASURED_PACKAGES = [
  'eslint',
  'eslint9',
  '@typescript-eslint/parser',
  'eslint-plugin-no-secrets',
  'eslint-plugin-sonarjs',
  'eslint-plugin-n',
  '@biomejs/biome',
  'secretlint',
  '@secretlint/secretlint-rule-preset-recommend',
];

/** Describes this machine and the installed tools. */
export function describeMachine(): MachineInfo {
  const cpus = os.cpus();
  return {
    date: new Date().toISOString().slice(0, 10),
    cores: cpus.length,
    cpuModel: cpus[0]?.model.trim() ?? 'unknown CPU',
    memoryGb: Math.round(os.totalmem() / 1024 ** 3),
    node: process.version,
    platform: `${os.type()} ${os.release()} ${process.arch}`,
    loadAverage: os.loadavg()[0] ?? 0,
    versions: Object.fromEntries(
      MEASURED_PACKAGES.map(name => [name, readVersion(name)]),
    ),
  };
}

/** One line for the top of a report. */
export function formatMachine(machine: MachineInfo): string {
  return (
    `${String(machine.cores)} cores (${machine.cpuModel}), ` +
    `${String(machine.memoryGb)} GB, Node ${machine.node}, ${machine.platform}; ` +
    `load average ${machine.loadAverage.toFixed(2)} at the start`
  );
}

/** The tools' versions, as `name version` pairs. */
export function formatVersions(machine: MachineInfo): string {
  return Object.entries(machine.versions)
    .map(([name, version]) => `${name} ${version}`)
    .join(', ');
}

function readVersion(name: string): string {
  try {
    const text = readFileSync(
      path.join(REPOSITORY_ROOT, 'node_modules', name, 'package.json'),
      'utf8',
    );
    return (JSON.parse(text) as { version: string }).version;
  } catch {
    return 'not installed';
  }
}
