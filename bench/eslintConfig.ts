import type { ESLint as ESLintClass, Linter } from 'eslint';

import {
  importPeerPlugin,
  loadPluginUnderTest,
  type PeerPackage,
} from './plugins.js';
import { getOwn } from './records.js';
import {
  type EslintPluginName,
  type EslintTool,
  PLUGIN_PREFIX,
} from './tools.js';

/** The files every ESLint tool lints. */
export const LINTED_FILES = '**/*.{js,cjs,mjs,jsx,ts,cts,mts,tsx}';

/**
 * The flat config of one ESLint tool: typescript-eslint's parser, the
 * tool's plugins and rules, and inline comments ignored.
 */
export async function createToolConfig(
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
    case 'do-nothing': {
      return { plugin: DO_NOTHING_PLUGIN, presetRules: {} };
    }
  }
}

// One rule that listens to nothing. ESLint still builds a rule context for
// every file (`FileContext#extend`, an `Object.create` over an object made
// per file), and on Node 20 that alone slows linting through garbage
// collection: with `extend` patched to copy instead, the cost nearly goes
// away (bench/README.md).
// The reference row shows what any plugin pays before its rules do work.
const DO_NOTHING_PLUGIN: ESLintClass.Plugin = {
  rules: {
    nothing: {
      meta: { type: 'problem', schema: [] },
      create: () => ({}),
    },
  },
};

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
