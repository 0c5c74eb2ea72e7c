import type { TSESLint } from '@typescript-eslint/utils';

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

const plugin = {
  meta: { name, version, namespace: PLUGIN_NAMESPACE },
  rules,
  configs,
} satisfies TSESLint.FlatConfig.Plugin;

// The presets register the plugin object itself, so they are filled in
// once it exists.
Object.assign(configs, createConfigs(plugin, rules));

export default plugin;

// `require("eslint-plugin-secret-hygiene")` in an `eslint.config.cjs` gets the
// plugin itself rather than a namespace object (Node.js 20.19+).
export { plugin as 'module.exports' };
