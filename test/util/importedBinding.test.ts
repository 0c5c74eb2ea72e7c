import * as tsParser from '@typescript-eslint/parser';
import { TSESLint } from '@typescript-eslint/utils';
import { describe, expect, it } from 'vitest';

import {
  getImportedBinding,
  type ImportBindingNode,
  type ImportedBinding,
} from '../../src/util/importedBinding.js';

const linter = new TSESLint.Linter({ configType: 'flat' });

// What each binding of the imports in `code` binds, read while ESLint
// walks the file (it sets the parents the helper looks at).
function getBindings(code: string): (ImportedBinding | undefined)[] {
  const bindings: (ImportedBinding | undefined)[] = [];
  const collect = (node: ImportBindingNode): void => {
    bindings.push(getImportedBinding(node));
  };
  const rule = {
    meta: { type: 'problem' as const, messages: {}, schema: [] },
    create: (): TSESLint.RuleListener => ({
      ImportDefaultSpecifier: collect,
      ImportNamespaceSpecifier: collect,
      ImportSpecifier: collect,
      TSImportEqualsDeclaration: collect,
    }),
  };
  linter.verify(
    code,
    {
      files: ['**/*.ts'],
      languageOptions: { parser: tsParser },
      plugins: {
        test: { rules: { rule: rule as TSESLint.AnyRuleModule } },
      },
      rules: { 'test/rule': 'error' },
    },
    'imports.ts',
  );
  return bindings;
}

describe('getImportedBinding', () => {
  it.each([
    ['import pino from "pino";', { module: 'pino', name: undefined }],
    [
      'import * as p from "node:process";',
      { module: 'node:process', name: undefined },
    ],
    ['import p = require("process");', { module: 'process', name: undefined }],
    ['import { env } from "process";', { module: 'process', name: 'env' }],
    ['import { env as e } from "process";', { module: 'process', name: 'env' }],
    [
      'import { "env" as e } from "process";',
      { module: 'process', name: 'env' },
    ],
    [
      'import { default as p } from "process";',
      { module: 'process', name: undefined },
    ],
  ])('%s binds %o', (code, expected) => {
    expect(getBindings(code)).toEqual([expected]);
  });

  it.each([
    'import type { Logger } from "@nestjs/common";',
    'import { type Logger } from "@nestjs/common";',
    'import type p = require("process");',
    'import p = Namespace.Inner;',
  ])('%s binds no value', code => {
    expect(getBindings(code)).toEqual([undefined]);
  });

  it('tells the specifiers of one declaration apart', () => {
    expect(getBindings('import pino, { destination } from "pino";')).toEqual([
      { module: 'pino', name: undefined },
      { module: 'pino', name: 'destination' },
    ]);
  });
});
