import * as tsParser from '@typescript-eslint/parser';
import {
  AST_NODE_TYPES,
  ESLintUtils,
  TSESLint,
  type TSESTree,
} from '@typescript-eslint/utils';
import { describe, expect, it } from 'vitest';

import { getEnvRead, getEnvWrite } from '../../src/util/envAccess.js';
import { getWriteRole } from '../../src/util/writeRole.js';

type Finder = typeof getEnvRead;

// A rule made for this test: it asks `finder` about every node of a TSX file
// and writes down what it answers, as `kind name code`.
function collect(
  code: string,
  finder: Finder = getEnvRead,
  sourceType: 'commonjs' | 'module' = 'module',
): string[] {
  const found: string[] = [];
  const collector = ESLintUtils.RuleCreator.withoutDocs({
    meta: { type: 'problem', schema: [], messages: {}, defaultOptions: [] },
    create(context) {
      return {
        '*'(node: TSESTree.Node): void {
          const read = finder(node, context.sourceCode);
          if (read) {
            const text = context.sourceCode.getText(read.node);
            found.push(`${read.kind} ${read.name ?? '-'} ${text}`);
          }
        },
      };
    },
  });

  const linter = new TSESLint.Linter({ configType: 'flat' });
  const messages = linter.verify(
    code,
    {
      files: ['**/*.tsx'],
      languageOptions: {
        parser: tsParser,
        parserOptions: { ecmaFeatures: { jsx: true } },
        sourceType,
      },
      plugins: { test: { rules: { collect: collector } } },
      rules: { 'test/collect': 'error' },
    },
    'file.tsx',
  );
  expect(messages).toEqual([]);
  return found;
}

describe('getEnvRead', () => {
  it.each([
    // static and dynamic member reads
    ['process.env.API_KEY;', ['variable API_KEY process.env.API_KEY']],
    ['process.env["API_KEY"];', ['variable API_KEY process.env["API_KEY"]']],
    ['process.env[`API_KEY`];', ['variable API_KEY process.env[`API_KEY`]']],
    ['process.env[name];', ['dynamic - process.env[name]']],
    [
      'process.env[`${prefix}_KEY`];',
      ['dynamic - process.env[`${prefix}_KEY`]'],
    ],
    ['process["env"].API_KEY;', ['variable API_KEY process["env"].API_KEY']],
    // escapes do not hide the environment from the file-level text check
    [
      'process["\\x65nv"].API_KEY;',
      ['variable API_KEY process["\\x65nv"].API_KEY'],
    ],
    [
      'process.\\u0065nv.API_KEY;',
      ['variable API_KEY process.\\u0065nv.API_KEY'],
    ],
    [
      'process["\\u{65}nv"].API_KEY;',
      ['variable API_KEY process["\\u{65}nv"].API_KEY'],
    ],
    // no `env` anywhere: nothing to find, however `process` is used
    ['process.argv; const p = process; p.cwd();', []],
    ['process.env.API_KEY!;', ['variable API_KEY process.env.API_KEY']],
    [
      '(process.env as Env).API_KEY;',
      ['variable API_KEY (process.env as Env).API_KEY'],
    ],
    ['process?.env?.API_KEY;', ['variable API_KEY process?.env?.API_KEY']],
    ['globalThis.process.env.X;', ['variable X globalThis.process.env.X']],
    ['global.process.env.X;', ['variable X global.process.env.X']],
    ['require("process").env.X;', ['variable X require("process").env.X']],
    [
      '(await import("node:process")).env.X;',
      ['variable X (await import("node:process")).env.X'],
    ],
    ['process.env.X.trim();', ['variable X process.env.X']],
    ['process.env.X ??= "d";', ['variable X process.env.X']],
    // other runtimes
    [
      'import.meta.env.VITE_KEY;',
      ['variable VITE_KEY import.meta.env.VITE_KEY'],
    ],
    ['import.meta.env.MODE;', []],
    ['Bun.env.X;', ['variable X Bun.env.X']],
    ['Deno.env.get("X");', ['variable X Deno.env.get("X")']],
    ['Deno.env.has("X");', ['variable X Deno.env.has("X")']],
    ['Deno.env.get(name);', ['dynamic - Deno.env.get(name)']],
    ['Deno.env.toObject();', ['whole - Deno.env.toObject()']],
    ['const get = Deno.env.get;', ['whole - Deno.env']],
    ['Deno.env.set("X", "v");', []],
    // whole-environment uses
    ['Object.keys(process.env);', ['whole - process.env']],
    ['const copy = { ...process.env };', ['whole - process.env']],
    ['"X" in process.env;', ['whole - process.env']],
    ['JSON.stringify(import.meta.env);', ['whole - import.meta.env']],
    ['process.env.hasOwnProperty("X");', ['whole - process.env']],
    ['export const env = process.env;', ['whole - process.env']],
    // destructuring
    [
      'const { X, Y: y, Z = "d", ["W"]: w, [k]: v, ...rest } = process.env;',
      [
        'variable X X',
        'variable Y Y: y',
        'variable Z Z = "d"',
        'variable W ["W"]: w',
        'dynamic - [k]: v',
        'whole - ...rest',
      ],
    ],
    ['function f({ X } = process.env) {}', ['variable X X']],
    ['({ X } = process.env);', ['variable X X']],
    ['const { env: { X } } = process;', ['variable X X']],
    // aliases
    [
      'const env = process.env; env.X; use(env);',
      ['variable X env.X', 'whole - env'],
    ],
    ['const env = process.env; const e2 = env; e2.X;', ['variable X e2.X']],
    ['import { env } from "node:process"; env.X;', ['variable X env.X']],
    ['import { env as e } from "process"; e["X"];', ['variable X e["X"]']],
    [
      'import process from "node:process"; process.env.X;',
      ['variable X process.env.X'],
    ],
    ['import * as p from "process"; p.env.X;', ['variable X p.env.X']],
    [
      'import { default as p } from "process"; p.env.X;',
      ['variable X p.env.X'],
    ],
    ['import p = require("process"); p.env.X;', ['variable X p.env.X']],
    ['const { env } = require("node:process"); env.X;', ['variable X env.X']],
    ['const { env: e } = process; e.X;', ['variable X e.X']],
    ['const p = require("process"); p.env.X;', ['variable X p.env.X']],
    ['const env = Deno.env; env.get("X");', ['variable X env.get("X")']],
    ['const env = process.env; export { env };', ['whole - env']],
    // a reassigned variable is no alias: its value is the read
    ['let env = process.env; env = {}; env.X;', ['whole - process.env']],
  ])('finds the reads in %j', (code, reads) => {
    expect(collect(code)).toEqual(reads);
  });

  it.each([
    // shadowing, by scope analysis
    'const process = { env: {} }; process.env.X;',
    'function f(process) { return process.env.X; }',
    'function f(env) { return env.X; } const env = process.env;',
    'import { env } from "./config"; env.X;',
    'import type { env } from "process"; type T = typeof env;',
    'const require = load; require("process").env.X;',
    'function f(Deno) { Deno.env.get("X"); }',
    'const Bun = {}; Bun.env.X;',
    // other objects' `env` properties
    'config.env.X;',
    'this.env.X;',
    'const { env } = config; env.X;',
    'require("dotenv").env.X;',
    'process.argv[2];',
    // writes
    'process.env.X = "v";',
    'delete process.env.X;',
    'process.env = {};',
    '[process.env.X] = list;',
    '({ a: process.env.X } = object);',
    'for (process.env.X of list) {}',
    // types
    'type T = typeof process.env.X;',
    'let x: NodeJS.ProcessEnv["X"];',
    '<process.env.X />;',
  ])('finds no read in %j', code => {
    expect(collect(code)).toEqual([]);
  });

  it('reads aliases in CommonJS files', () => {
    const code = 'const { env } = require("process");\nmodule.exports = env.X;';

    expect(collect(code, getEnvRead, 'commonjs')).toEqual(['variable X env.X']);
  });
});

describe('getEnvWrite', () => {
  it.each([
    ['process.env.X = "v";', ['variable X process.env.X']],
    ['process.env[name] = "v";', ['dynamic - process.env[name]']],
    ['process.env.X ??= "v";', ['variable X process.env.X']],
    ['process.env.COUNT++;', ['variable COUNT process.env.COUNT']],
    ['delete process.env.X;', ['variable X process.env.X']],
    ['process.env = {};', ['whole - process.env']],
    ['Deno.env.set("X", "v");', ['variable X Deno.env.set("X", "v")']],
    ['Deno.env.delete(name);', ['dynamic - Deno.env.delete(name)']],
    ['process.env.X;', []],
    ['config.env.X = "v";', []],
    ['Deno.env.get("X");', []],
  ])('finds the writes in %j', (code, writes) => {
    expect(collect(code, getEnvWrite)).toEqual(writes);
  });
});

describe('getWriteRole', () => {
  const roleOf: Finder = (node, sourceCode) => {
    if (node.type !== AST_NODE_TYPES.Identifier || node.name !== 'target') {
      return undefined;
    }
    const role = getWriteRole(node) ?? 'none';
    return { node: sourceCode.ast, name: role, kind: 'variable' };
  };

  it.each([
    ['target = 1;', 'write'],
    ['target += 1;', 'readWrite'],
    ['target++;', 'readWrite'],
    ['for (target in object) {}', 'write'],
    ['[target] = list;', 'write'],
    ['[...target] = list;', 'write'],
    ['[target = 1] = list;', 'write'],
    ['({ a: target } = object);', 'write'],
    ['use(target);', 'none'],
    ['use(target!);', 'none'],
    ['x = target;', 'none'],
  ])('gives %j the role %j', (code, role) => {
    expect(collect(code, roleOf).map(line => line.split(' ')[1])).toEqual([
      role,
    ]);
  });
});
