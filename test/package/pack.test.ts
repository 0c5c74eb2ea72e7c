import { execFileSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { packPluginOnce } from '../helpers/e2e.js';
import {
  createUserProject,
  REPOSITORY_ROOT,
  run,
} from '../helpers/packedPlugin.js';

interface LintResult {
  filePath: string;
  messages: { ruleId: string | null; message: string; line: number }[];
}

// The secret is built here so that this file holds no credential-shaped text.
const PASSWORD = ['Tr0ub4', 'dor&3', 'Horse!'].join('');

const SOURCE = `const password = ${JSON.stringify(PASSWORD)};\nexport { password };\n`;

let project: string;
let tarball: string;

beforeAll(async () => {
  tarball = await packPluginOnce();
  project = createUserProject(tarball, ['eslint@10']);
  writeFileSync(path.join(project, 'src', 'config.js'), SOURCE);
});

afterAll(() => {
  rmSync(project, { recursive: true, force: true });
});

function lintWithConfig(configName: string, configText: string): LintResult[] {
  writeFileSync(path.join(project, configName), configText);
  const result = run(
    path.join(project, 'node_modules', '.bin', 'eslint'),
    ['--config', configName, '--format', 'json', 'src'],
    project,
  );
  if (result.stdout === '') {
    throw new Error(`eslint printed nothing: ${result.stderr}`);
  }
  return JSON.parse(result.stdout) as LintResult[];
}

function getRuleIds(results: readonly LintResult[]): (string | null)[] {
  return results.flatMap(result =>
    result.messages.map(message => message.ruleId),
  );
}

describe('the packed package', () => {
  it('holds the build, docs, README and LICENSE, and no tests', () => {
    const listing = execFileSync('tar', ['-tzf', tarball], { encoding: 'utf8' })
      .split('\n')
      .filter(Boolean);

    expect(listing).toContain('package/dist/src/index.js');
    expect(listing).toContain('package/dist/src/index.d.ts');
    expect(listing).toContain('package/dist/rules/no-hardcoded-secrets.js');
    expect(listing).toContain('package/docs/rules/no-hardcoded-secrets.md');
    expect(listing).toContain('package/README.md');
    expect(listing).toContain('package/LICENSE');
    const outsideFiles = listing.filter(file =>
      /^package\/(?:test|bench|examples|src|rules|tools)\//u.test(file),
    );

    expect(outsideFiles).toEqual([]);
  });

  it('loads from eslint.config.js through import', () => {
    const results = lintWithConfig(
      'eslint.config.js',
      `import secretHygiene from 'eslint-plugin-secret-hygiene';
export default [secretHygiene.configs.recommended];
`,
    );

    expect(getRuleIds(results)).toEqual([
      'secret-hygiene/no-hardcoded-secrets',
    ]);
  });

  it('loads from eslint.config.mjs through defineConfig', () => {
    const results = lintWithConfig(
      'eslint.config.mjs',
      `import { defineConfig } from 'eslint/config';
import secretHygiene from 'eslint-plugin-secret-hygiene';
export default defineConfig([secretHygiene.configs.strict]);
`,
    );

    expect(getRuleIds(results)).toEqual([
      'secret-hygiene/no-hardcoded-secrets',
    ]);
  });

  it('loads from eslint.config.cjs through require', () => {
    const results = lintWithConfig(
      'eslint.config.cjs',
      `const secretHygiene = require('eslint-plugin-secret-hygiene');
module.exports = [secretHygiene.configs.recommended];
`,
    );

    expect(getRuleIds(results)).toEqual([
      'secret-hygiene/no-hardcoded-secrets',
    ]);
  });

  it('never prints the secret it found', () => {
    const results = lintWithConfig(
      'eslint.config.js',
      `import secretHygiene from 'eslint-plugin-secret-hygiene';
export default [secretHygiene.configs.recommended];
`,
    );
    const text = JSON.stringify(results.map(result => result.messages));

    expect(text).not.toContain(PASSWORD);
    expect(text).not.toContain('dor&3');
  });

  it('reports its version from package.json', () => {
    const printed = execFileSync(
      'node',
      [
        '--input-type=module',
        '-e',
        "import p from 'eslint-plugin-secret-hygiene'; console.log(p.meta.version)",
      ],
      { cwd: project, encoding: 'utf8' },
    );
    const manifest = execFileSync(
      'node',
      ['-p', "require('./package.json').version"],
      {
        cwd: REPOSITORY_ROOT,
        encoding: 'utf8',
      },
    );

    expect(printed.trim()).toBe(manifest.trim());
  });
});
