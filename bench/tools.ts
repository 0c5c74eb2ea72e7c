import {
  listRuleNames,
  type PluginUnderTest,
  type PresetName,
} from './plugins.js';

/** What a finding claims, for scoring it against the labels. */
export type Category = 'env-access' | 'fallback' | 'hardcoded' | 'logged';

/** ESLint plugins a tool can use, loaded by name in the worker. */
export type EslintPluginName =
  'do-nothing' | 'n' | 'no-secrets' | 'secret-hygiene' | 'sonarjs';

export const PLUGIN_PREFIX = 'secret-hygiene';

interface ToolBase {
  /** Stable id, used in file names and on the command line (`--tools`). */
  id: string;
  /** What the tables show. */
  label: string;
  /** Whether the tool belongs to this plugin (for the accuracy tables). */
  isOurs: boolean;
}

export interface EslintTool extends ToolBase {
  kind: 'eslint';
  plugins: readonly EslintPluginName[];
  /** A preset of this plugin whose rules the tool runs. */
  preset: PresetName | undefined;
  rules: Readonly<Record<string, 'error'>>;
}

export interface BiomeTool extends ToolBase {
  kind: 'biome';
}

export interface SecretlintTool extends ToolBase {
  kind: 'secretlint';
}

export type Tool = BiomeTool | EslintTool | SecretlintTool;

export const FLOOR_TOOL_ID = 'floor';

/** ESLint with one rule that does nothing: what any rule costs, whoever
 * wrote it, before the rule does any work of its own. */
export const ANY_RULE_TOOL_ID = 'any-rule';

// The category of each rule this harness knows: what a report of it claims.
// A rule missing here still runs; its findings are counted but not scored.
const RULE_CATEGORIES: Readonly<Record<string, Category>> = {
  [`${PLUGIN_PREFIX}/no-direct-env-access`]: 'env-access',
  [`${PLUGIN_PREFIX}/no-hardcoded-secrets`]: 'hardcoded',
  [`${PLUGIN_PREFIX}/no-secret-fallback`]: 'fallback',
  [`${PLUGIN_PREFIX}/no-secrets-in-logs`]: 'logged',
  'no-secrets/no-secrets': 'hardcoded',
  'no-secrets/no-pattern-match': 'hardcoded',
  'sonarjs/no-hardcoded-secrets': 'hardcoded',
  'sonarjs/no-hardcoded-passwords': 'hardcoded',
  'n/no-process-env': 'env-access',
  'biome/noSecrets': 'hardcoded',
  secretlint: 'hardcoded',
};

/** The category a finding's rule claims, or `undefined` for unknown rules. */
export function getRuleCategory(ruleId: string): Category | undefined {
  return RULE_CATEGORIES[ruleId];
}

/**
 * The tools of a run, in the order they alternate: the floor (ESLint with
 * typescript-eslint's parser and no rules), this plugin's presets, each of
 * its rules alone (from its `rules` object, so the list cannot go stale),
 * then the peers.
 */
export function createTools(plugin: PluginUnderTest): Tool[] {
  const eslintTool = (
    fields: Omit<EslintTool, 'kind' | 'preset'> & { preset?: PresetName },
  ): EslintTool => ({ kind: 'eslint', preset: undefined, ...fields });

  const presets = (['recommended', 'all'] as const).map(preset =>
    eslintTool({
      id: `${PLUGIN_PREFIX}-${preset}`,
      label: `secret-hygiene \`${preset}\``,
      isOurs: true,
      plugins: [PLUGIN_PREFIX],
      preset,
      rules: {},
    }),
  );

  const ruleAlone = listRuleNames(plugin).map(name =>
    eslintTool({
      id: `${PLUGIN_PREFIX}-${name}`,
      label: `secret-hygiene/${name}`,
      isOurs: true,
      plugins: [PLUGIN_PREFIX],
      rules: { [`${PLUGIN_PREFIX}/${name}`]: 'error' },
    }),
  );

  return [
    eslintTool({
      id: FLOOR_TOOL_ID,
      label: 'floor: ESLint + typescript-eslint parser, no rules',
      isOurs: false,
      plugins: [],
      rules: {},
    }),
    eslintTool({
      id: ANY_RULE_TOOL_ID,
      label: 'ESLint + one rule that does nothing',
      isOurs: false,
      plugins: ['do-nothing'],
      rules: { 'do-nothing/nothing': 'error' },
    }),
    ...presets,
    ...ruleAlone,
    eslintTool({
      id: 'no-secrets',
      label: 'eslint-plugin-no-secrets',
      isOurs: false,
      plugins: ['no-secrets'],
      rules: { 'no-secrets/no-secrets': 'error' },
    }),
    eslintTool({
      id: 'sonarjs',
      label: 'SonarJS secrets + passwords',
      isOurs: false,
      plugins: ['sonarjs'],
      rules: {
        'sonarjs/no-hardcoded-secrets': 'error',
        'sonarjs/no-hardcoded-passwords': 'error',
      },
    }),
    eslintTool({
      id: 'n-no-process-env',
      label: '`n/no-process-env`',
      isOurs: false,
      plugins: ['n'],
      rules: { 'n/no-process-env': 'error' },
    }),
    { kind: 'biome', id: 'biome', label: 'Biome `noSecrets`', isOurs: false },
    {
      kind: 'secretlint',
      id: 'secretlint',
      label: 'secretlint recommended preset',
      isOurs: false,
    },
  ];
}

/** Keeps the tools whose id is listed (all without a list); floor first. */
export function selectTools(
  tools: readonly Tool[],
  ids: readonly string[] | undefined,
): Tool[] {
  if (ids === undefined || ids.length === 0) {
    return [...tools];
  }

  const unknown = ids.filter(id => !tools.some(tool => tool.id === id));
  if (unknown.length > 0) {
    throw new Error(
      `Unknown tool id(s): ${unknown.join(', ')}. Known: ${tools
        .map(tool => tool.id)
        .join(', ')}.`,
    );
  }
  return tools.filter(tool => ids.includes(tool.id));
}

/**
 * One ESLint tool with every rule of this plugin that loads, for the
 * accuracy evaluation: one run gives each rule's findings.
 */
export function createOwnTool(plugin: PluginUnderTest): EslintTool {
  return {
    kind: 'eslint',
    id: PLUGIN_PREFIX,
    label: 'secret-hygiene',
    isOurs: true,
    plugins: [PLUGIN_PREFIX],
    preset: undefined,
    rules: Object.fromEntries(
      Object.keys(plugin.rules).map(name => [
        `${PLUGIN_PREFIX}/${name}`,
        'error',
      ]),
    ),
  };
}

/** This plugin's rules, then the peers that look at the same code. */
export function createEvalTools(plugin: PluginUnderTest): Tool[] {
  const peers = createTools(plugin).filter(
    tool =>
      !tool.isOurs && tool.id !== FLOOR_TOOL_ID && tool.id !== ANY_RULE_TOOL_ID,
  );
  return [createOwnTool(plugin), ...peers];
}
