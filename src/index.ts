import type { ESLint, Rule } from 'eslint';

import { rules } from '../rules/index.js';
import {
  type ConfigName,
  createConfigs,
  type FlatConfig,
  PLUGIN_NAMESPACE,
} from './configs.js';
import { readPackageMeta } from './packageMeta.js';

export type { ConfigName, FlatConfig } from './configs.js';
export type { SecretHygieneSettings } from './settings.js';

const { name, version } = readPackageMeta();

const configs = {} as Record<ConfigName, FlatConfig>;

// The rules are typed with typescript-eslint's richer types inside the
// package; users get ESLint's own, which their configs are checked against.
type PublicRules = Record<keyof typeof rules, Rule.RuleModule>;

const plugin = {
  meta: { name, version, namespace: PLUGIN_NAMESPACE },
  rules: rules as unknown as PublicRules,
  configs,
} satisfies ESLint.Plugin;

// The presets register the plugin object itself, so they are filled in
// once it exists.
Object.assign(configs, createConfigs(plugin, rules));

export default plugin;

// `require("eslint-plugin-secret-hygiene")` in an `eslint.config.cjs` gets the
// plugin itself rather than a namespace object (Node.js 20.19+).
export { plugin as 'module.exports' };
