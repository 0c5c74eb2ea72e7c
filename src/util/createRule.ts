import { ESLintUtils } from '@typescript-eslint/utils';
import type { RuleWithMetaAndName } from '@typescript-eslint/utils/eslint-utils';

const REPOSITORY_URL =
  'https://github.com/secret-hygiene/eslint-plugin-secret-hygiene';

/** The lowest preset a rule belongs to; `all` holds every rule anyway. */
export type PresetName = 'recommended' | 'strict';

/** Extra `meta.docs` fields that the presets are derived from. */
export interface SecretHygieneDocs {
  /** The lowest preset that turns the rule on. */
  recommended?: PresetName;
  requiresTypeChecking?: boolean;
  /** Options the `strict` preset gives the rule instead of its defaults. */
  strictOptions?: readonly unknown[];
}

export const getRuleDocsUrl = (ruleName: string): string =>
  `${REPOSITORY_URL}/blob/main/docs/rules/${ruleName}.md`;

// Distinct option sets kept per rule; a project has a handful.
const MAX_CACHED_OPTIONS = 32;

const createNamedRule =
  ESLintUtils.RuleCreator<SecretHygieneDocs>(getRuleDocsUrl);

/**
 * `RuleCreator`, but the options merged with `meta.defaultOptions` are
 * computed once per distinct set of options, not once per file: RuleCreator
 * deep-copies the defaults for every file it lints, which costs more than
 * some rules' own work. ESLint 9.15+ hands each file a fresh options array
 * (already merged with the defaults), so the key is the options' JSON, which
 * is short. The rules only read their options, so sharing them is safe.
 */
export function createRule<
  Options extends readonly unknown[],
  MessageIds extends string,
>(
  rule: Readonly<RuleWithMetaAndName<Options, MessageIds, SecretHygieneDocs>>,
): ReturnType<typeof createNamedRule<Options, MessageIds>> {
  const created = createNamedRule(rule);
  const defaults = (rule.meta.defaultOptions ?? []) as Options;
  const merged = new Map<string, Options>();

  return {
    ...created,
    create(context) {
      const key = JSON.stringify(context.options);
      let options = merged.get(key);
      if (!options) {
        options = ESLintUtils.applyDefault<Options, Options>(
          defaults,
          context.options,
        );
        // A config that changes per file (rare) must not grow this forever.
        if (merged.size >= MAX_CACHED_OPTIONS) {
          merged.clear();
        }
        merged.set(key, options);
      }
      return rule.create(context, options);
    },
  };
}
