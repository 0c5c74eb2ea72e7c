import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { afterAll, describe, expect, it } from 'vitest';

import {
  describeError,
  listRuleNames,
  loadPluginUnderTest,
} from '../../bench/plugins.js';

// Two plugin folders, as `build.ts` writes them: modules are cached by
// path, so the working and the broken entry live apart.
const roots: string[] = [];

function createRoot(entry: string): string {
  const root = mkdtempSync(path.join(os.tmpdir(), 'bench-plugin-'));
  roots.push(root);
  const write = (relative: string, text: string): void => {
    const file = path.join(root, relative);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, text);
  };
  write('package.json', '{ "type": "module" }');
  write(
    'rules/good-rule.js',
    'export default { meta: {}, create: () => ({}) };',
  );
  write(
    'rules/broken-rule.js',
    "throw new Error('half-written\\nsecond line');",
  );
  write('rules/index.js', "export * from './broken-rule.js';");
  write('src/index.js', entry);
  return root;
}

afterAll(() => {
  for (const root of roots) {
    rmSync(root, { recursive: true, force: true });
  }
});

describe('loadPluginUnderTest', () => {
  it('loads the plugin entry and its presets when it works', async () => {
    const root = createRoot(
      [
        "import rule from '../rules/good-rule.js';",
        "const rules = { 'good-rule': rule };",
        "export default { rules, configs: { all: { rules: { 'secret-hygiene/good-rule': 'error' } } } };",
      ].join('\n'),
    );
    const plugin = await loadPluginUnderTest(root);
    expect(plugin.error).toBeUndefined();
    expect(Object.keys(plugin.rules)).toEqual(['good-rule']);
    expect(plugin.presets).toEqual({
      all: { 'secret-hygiene/good-rule': 'error' },
    });
  });

  it('falls back to each rule file when the entry fails', async () => {
    const root = createRoot("import '../rules/broken-rule.js';");
    const plugin = await loadPluginUnderTest(root);
    expect(plugin.error).toBe('half-written');
    expect(Object.keys(plugin.rules)).toEqual(['good-rule']);
    expect(plugin.ruleErrors).toEqual({ 'broken-rule': 'half-written' });
    expect(plugin.presets).toEqual({});
    expect(listRuleNames(plugin)).toEqual(['broken-rule', 'good-rule']);
  });
});

describe('describeError', () => {
  it('keeps the first non-empty line of a message', () => {
    expect(describeError(new Error('\nfirst\nsecond'))).toBe('first');
    expect(describeError('plain')).toBe('plain');
  });
});
