import eslintPlugin from 'eslint-plugin-eslint-plugin';
import vitest from '@vitest/eslint-plugin';
import { defineConfig } from 'eslint/config';
import regexpPlugin from 'eslint-plugin-regexp';
import tseslint from 'typescript-eslint';

// The plugin lints its own repository, loaded from source.
import secretHygiene from './src/index.ts';

export default defineConfig(
  {
    name: 'repo/ignores',
    ignores: [
      'dist/',
      'coverage/',
      'bench/.cache/',
      'bench/corpus/',
      // The example service holds the very problems the rules report, on
      // purpose; `npm run example` lints it with its own config.
      'examples/',
      // Fake credentials that other scanners would take for leaks are kept
      // out of the lint on purpose; every file here says what it holds.
      'test/fixtures/',
    ],
  },
  {
    name: 'repo/typescript',
    files: ['**/*.ts', '**/*.mts', '**/*.js', '**/*.mjs'],
    extends: [
      tseslint.configs.strictTypeChecked,
      tseslint.configs.stylisticTypeChecked,
    ],
    languageOptions: {
      parserOptions: {
        projectService: {
          allowDefaultProject: ['*.js', '*.mjs', 'tools/*.mjs'],
        },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    linterOptions: {
      reportUnusedDisableDirectives: 'error',
    },
    rules: {
      '@typescript-eslint/restrict-template-expressions': [
        'error',
        { allowNumber: true },
      ],
    },
  },
  {
    // Every pattern must run in linear time on any input; these rules prove
    // it for regular expression literals.
    name: 'repo/regexp',
    files: ['src/**/*.ts', 'rules/**/*.ts', 'bench/**/*.ts'],
    extends: [regexpPlugin.configs.recommended],
    rules: {
      'regexp/no-super-linear-backtracking': 'error',
      'regexp/no-super-linear-move': 'error',
    },
  },
  {
    name: 'repo/rules',
    files: ['rules/**/*.ts'],
    extends: [eslintPlugin.configs.recommended],
    rules: {
      'eslint-plugin/meta-property-ordering': [
        'error',
        [
          'type',
          'docs',
          'fixable',
          'hasSuggestions',
          'deprecated',
          'schema',
          'defaultOptions',
          'messages',
        ],
      ],
      'eslint-plugin/require-meta-docs-description': [
        'error',
        { pattern: '^(Disallow|Enforce|Require) .*[^.]$' },
      ],
      'eslint-plugin/require-meta-docs-url': 'off',
      'no-restricted-syntax': [
        'error',
        {
          selector:
            'MemberExpression[object.name="context"][property.name="options"]',
          message:
            'Read options from the second parameter of `create`, with defaults applied.',
        },
      ],
    },
  },
  {
    name: 'repo/tests',
    files: ['test/**/*.ts'],
    extends: [vitest.configs.recommended],
  },
  {
    name: 'repo/secret-hygiene',
    extends: [secretHygiene.configs.recommended],
    settings: {
      'secret-hygiene': {
        // The benchmark and the tests read the environment to find their
        // tools; the plugin itself never does.
        accessor: { name: 'getSecret', files: ['bench/**', 'test/**'] },
      },
    },
  },
);
