import type { TSESLint } from '@typescript-eslint/utils';
import type { ESLint, Linter } from 'eslint';

import type { SecretHygieneDocs } from './util/createRule.js';

export type ConfigName = 'all' | 'recommended' | 'strict';

type AnyRule = TSESLint.RuleModule<
  string,
  readonly unknown[],
  SecretHygieneDocs
>;

// ESLint's own types, so that the presets fit `defineConfig` from
// `eslint/config` as well as typescript-eslint's `config` helper.
export type FlatConfig = Linter.Config;

export const PLUGIN_NAMESPACE = 'secret-hygiene';

/**
 * Builds the presets from rule metadata, so that no list is kept by hand:
 * `recommended` holds the rules whose `docs.recommended` is `recommended`;
 * `strict` adds those marked `strict` and gives each rule its
 * `docs.strictOptions`; `all` turns on every rule that is not deprecated,
 * with default options.
 */
export function createConfigs(
  plugin: ESLint.Plugin,
  rules: Readonly<Record<string, AnyRule>>,
): Record<ConfigName, FlatConfig> {
  const entries = Object.entries(rules).filter(
    ([, rule]) => rule.meta.deprecated !== true,
  );

  const recommended = entries
    .filter(([, rule]) => rule.meta.docs?.recommended === 'recommended')
    .map(([name]) => [name, ['error']] as const);

  const strict = entries
    .filter(([, rule]) => rule.meta.docs?.recommended !== undefined)
    .map(([name, rule]) => {
      const options = rule.meta.docs?.strictOptions ?? [];
      return [name, ['error', ...options]] as const;
    });

  const all = entries.map(([name]) => [name, ['error']] as const);

  const toConfig = (
    configName: ConfigName,
    ruleEntries: readonly (readonly [string, readonly unknown[]])[],
  ): FlatConfig => ({
    name: `${PLUGIN_NAMESPACE}/${configName}`,
    plugins: { [PLUGIN_NAMESPACE]: plugin },
    rules: Object.fromEntries(
      ruleEntries.map(([name, entry]) => [
        `${PLUGIN_NAMESPACE}/${name}`,
        entry as Linter.RuleEntry,
      ]),
    ),
  });

  return {
    recommended: toConfig('recommended', recommended),
    strict: toConfig('strict', strict),
    all: toConfig('all', all),
  };
}
