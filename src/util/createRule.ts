import { ESLintUtils } from '@typescript-eslint/utils';

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

export const createRule =
  ESLintUtils.RuleCreator<SecretHygieneDocs>(getRuleDocsUrl);
