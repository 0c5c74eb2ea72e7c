import { readdirSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

import type { TSESLint } from '@typescript-eslint/utils';

import { REPOSITORY_ROOT } from './corpus.js';

type AnyRule = TSESLint.RuleModule<string, readonly unknown[]>;

export type PresetName = 'all' | 'recommended' | 'strict';

/** This plugin as loaded from source, or as much of it as would load. */
export interface PluginUnderTest {
  rules: Readonly<Record<string, AnyRule>>;
  /** The presets' rule entries; empty when the plugin entry failed. */
  presets: Partial<
    Record<PresetName, Readonly<Record<string, TSESLint.FlatConfig.RuleEntry>>>
  >;
  /** Why `src/index.ts` failed to load, if it did. */
  error: string | undefined;
  /** Rules whose own file failed to load, with the reason. */
  ruleErrors: Readonly<Record<string, string>>;
}

const RULE_FILE = /^(?<name>[a-z][\da-z-]*)\.[jt]s$/u;

/**
 * Loads the plugin from `root`: the repository itself (`src/index.ts`,
 * through the TypeScript loader the harness runs under) or a folder of
 * transpiled sources (`src/index.js`, see `build.ts`). The rules may be
 * half-written while the harness is used: when the entry fails, each
 * `rules/<name>` file is loaded on its own, so that the rules that work can
 * still be measured.
 */
export async function loadPluginUnderTest(
  root: string = REPOSITORY_ROOT,
): Promise<PluginUnderTest> {
  const extension = root === REPOSITORY_ROOT ? '.ts' : '.js';
  try {
    const entry = (await import(
      pathToFileURL(path.join(root, 'src', `index${extension}`)).href
    )) as { default: LoadedPlugin };
    const plugin = entry.default;
    return {
      rules: plugin.rules,
      presets: getPresetRules(plugin),
      error: undefined,
      ruleErrors: {},
    };
  } catch (error) {
    const fallback = await loadRuleFiles(path.join(root, 'rules'), extension);
    return { ...fallback, presets: {}, error: describeError(error) };
  }
}

/** The rule names of this plugin: the `rules` object, or the rule files. */
export function listRuleNames(plugin: PluginUnderTest): string[] {
  return [
    ...new Set([
      ...Object.keys(plugin.rules),
      ...Object.keys(plugin.ruleErrors),
    ]),
  ].sort();
}

/** The rules this harness runs from each peer plugin, by package. */
export const PEER_RULES = {
  'eslint-plugin-no-secrets': { prefix: 'no-secrets', rules: ['no-secrets'] },
  'eslint-plugin-sonarjs': {
    prefix: 'sonarjs',
    rules: ['no-hardcoded-secrets', 'no-hardcoded-passwords'],
  },
  'eslint-plugin-n': { prefix: 'n', rules: ['no-process-env'] },
} as const;

export type PeerPackage = keyof typeof PEER_RULES;

/** Imports a peer ESLint plugin, whichever module format it ships. */
export async function importPeerPlugin(
  specifier: PeerPackage,
): Promise<TSESLint.FlatConfig.Plugin> {
  const module = (await import(specifier)) as {
    default?: TSESLint.FlatConfig.Plugin;
  } & TSESLint.FlatConfig.Plugin;
  return module.default ?? module;
}

/** A short one-line description of a thrown value. */
export function describeError(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  const firstLine = text.split('\n').find(line => line.trim() !== '') ?? text;
  return firstLine.trim().slice(0, 300);
}

interface LoadedPlugin {
  rules: Record<string, AnyRule>;
  configs?: Partial<
    Record<
      PresetName,
      { rules?: Record<string, TSESLint.FlatConfig.RuleEntry> } | undefined
    >
  >;
}

function getPresetRules(plugin: LoadedPlugin): PluginUnderTest['presets'] {
  const presets: PluginUnderTest['presets'] = {};
  for (const name of ['recommended', 'strict', 'all'] as const) {
    const rules = plugin.configs?.[name]?.rules;
    if (rules) {
      presets[name] = rules;
    }
  }
  return presets;
}

async function loadRuleFiles(
  directory: string,
  extension: string,
): Promise<Pick<PluginUnderTest, 'ruleErrors' | 'rules'>> {
  const rules: Record<string, AnyRule> = {};
  const ruleErrors: Record<string, string> = {};
  for (const file of readdirSync(directory).sort()) {
    const name = RULE_FILE.exec(file)?.groups?.name;
    if (name === undefined || name === 'index' || !file.endsWith(extension)) {
      continue;
    }

    try {
      const module = (await import(
        pathToFileURL(path.join(directory, file)).href
      )) as { default: AnyRule };
      rules[name] = module.default;
    } catch (error) {
      ruleErrors[name] = describeError(error);
    }
  }
  return { rules, ruleErrors };
}
