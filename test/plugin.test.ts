import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

import { Linter } from 'eslint';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';

import { rules as ruleMap } from '../rules/index.js';
import plugin from '../src/index.js';

const root = path.resolve(import.meta.dirname, '..');
const ruleFiles = readdirSync(path.join(root, 'rules'))
  .filter(file => file.endsWith('.ts') && file !== 'index.ts')
  .map(file => file.replace(/\.ts$/u, ''));
const rules = Object.entries(ruleMap);

describe('the plugin object', () => {
  it('names itself and its version from package.json', () => {
    const manifest = JSON.parse(
      readFileSync(path.join(root, 'package.json'), 'utf8'),
    ) as { name: string; version: string };

    expect(plugin.meta).toEqual({
      name: manifest.name,
      version: manifest.version,
      namespace: 'secret-hygiene',
    });
  });

  it('exports every rule file, under the file name', () => {
    expect(Object.keys(plugin.rules).sort()).toEqual(ruleFiles.sort());
    expect(plugin.rules).toBe(ruleMap);
  });

  it('lists the rules in rules/index.ts sorted by name', () => {
    const names = Object.keys(ruleMap);

    expect(names).toEqual([...names].sort());
  });

  it.each(rules)('%s is named after its file and documented', (name, rule) => {
    expect((rule as { name?: string }).name).toBe(name);
    expect(rule.meta.docs?.url).toMatch(
      new RegExp(`/docs/rules/${name}\\.md$`, 'u'),
    );
    expect(existsSync(path.join(root, 'docs', 'rules', `${name}.md`))).toBe(
      true,
    );
    expect(
      existsSync(path.join(root, 'test', 'rules', `${name}.test.ts`)) ||
        existsSync(path.join(root, 'test', 'rules', name)),
    ).toBe(true);
  });

  it.each(rules)('%s has a description, a schema and messages', (_, rule) => {
    expect(rule.meta.docs?.description).toMatch(
      /^(?:Disallow|Enforce|Require) [^\n]*[^.]$/u,
    );
    expect(Array.isArray(rule.meta.schema)).toBe(true);
    expect(Object.keys(rule.meta.messages).length).toBeGreaterThan(0);
  });
});

describe('the configs', () => {
  const prefixed = (name: string): string => `secret-hygiene/${name}`;

  it('register the plugin itself under its namespace, with a name', () => {
    for (const [configName, config] of Object.entries(plugin.configs)) {
      expect(config.name).toBe(`secret-hygiene/${configName}`);
      expect(config.plugins?.['secret-hygiene']).toBe(plugin);
    }
  });

  it('derive recommended from meta.docs.recommended', () => {
    const expected = rules
      .filter(([, rule]) => rule.meta.docs?.recommended === 'recommended')
      .map(([name]) => prefixed(name));

    expect(Object.keys(plugin.configs.recommended.rules ?? {})).toEqual(
      expected,
    );
    expect(expected.length).toBeGreaterThan(0);
  });

  it('give strict every preset rule, with its strict options', () => {
    const expected = Object.fromEntries(
      rules
        .filter(([, rule]) => rule.meta.docs?.recommended !== undefined)
        .map(([name, rule]) => [
          prefixed(name),
          ['error', ...(rule.meta.docs?.strictOptions ?? [])],
        ]),
    );

    expect(plugin.configs.strict.rules).toEqual(expected);
  });

  it('make recommended a subset of strict, and strict of all', () => {
    const names = (config: Linter.Config): string[] =>
      Object.keys(config.rules ?? {});

    expect(names(plugin.configs.strict)).toEqual(
      expect.arrayContaining(names(plugin.configs.recommended)),
    );
    expect(names(plugin.configs.all)).toEqual(
      expect.arrayContaining(names(plugin.configs.strict)),
    );
    expect(names(plugin.configs.all)).toHaveLength(rules.length);
  });

  it.each(['recommended', 'strict', 'all'] as const)(
    '%s passes ESLint validation, including the strict options',
    configName => {
      const linter = new Linter();
      const run = (): unknown =>
        linter.verify('const a = 1;', [plugin.configs[configName]], 'a.js');

      expect(run).not.toThrow();
    },
  );

  it('work inside defineConfig and tseslint.config', () => {
    const viaDefine = defineConfig([plugin.configs.recommended]);
    // eslint-disable-next-line @typescript-eslint/no-deprecated -- users still call it, and the issue asks that presets work there
    const viaTseslint = tseslint.config(plugin.configs.recommended);

    expect(viaDefine[0]?.rules).toEqual(plugin.configs.recommended.rules);
    expect(viaTseslint[0]?.rules).toEqual(plugin.configs.recommended.rules);
  });
});
