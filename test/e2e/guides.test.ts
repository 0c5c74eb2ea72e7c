import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { rules as ruleMap } from '../../rules/index.js';
import { getSettings } from '../../src/settings.js';
import { getFindings, lintJson, packPluginOnce } from '../helpers/e2e.js';
import { getGuideFiles, GUIDES_DIRECTORY } from '../helpers/guides.js';
import { createUserProject, run } from '../helpers/packedPlugin.js';

const GUIDES = readdirSync(GUIDES_DIRECTORY).filter(file =>
  file.endsWith('.md'),
);

// What the accessor guide leaves to the reader's own code base.
const SUPPORT_FILES = {
  'tsconfig.json': JSON.stringify({
    compilerOptions: {
      target: 'ES2022',
      module: 'NodeNext',
      moduleResolution: 'NodeNext',
      strict: true,
      types: ['node'],
      noEmit: true,
      skipLibCheck: true,
    },
    include: ['src'],
  }),
  'src/server.ts': `import type { AppConfig } from './config/index.js';

export function createServer(_config: AppConfig): { listen: (port: number) => void } {
  return { listen: () => undefined };
}
`,
};

let project: string;

beforeAll(async () => {
  const tarball = await packPluginOnce();
  project = createUserProject(tarball, [
    'eslint@10',
    'typescript-eslint@8',
    'typescript@5.9',
    '@types/node@20',
    'vitest@4',
  ]);
  const files = {
    ...Object.fromEntries(getGuideFiles('accessor.md')),
    ...SUPPORT_FILES,
  };
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(project, file)), { recursive: true });
    writeFileSync(path.join(project, file), text);
  }
});

afterAll(() => {
  rmSync(project, { recursive: true, force: true });
});

describe('the accessor guide', () => {
  it('shows code that compiles', () => {
    const { status, stdout } = run('npx', ['tsc', '-p', '.'], project);

    expect(stdout).toBe('');
    expect(status).toBe(0);
  });

  it('shows code that lints clean with the config it shows', () => {
    const { status, results } = lintJson(project, project, ['.']);

    expect(getFindings(results, project)).toEqual([]);
    expect(status).toBe(0);
  });

  it('shows tests that pass', () => {
    const { status, stdout, stderr } = run(
      'npx',
      ['vitest', 'run', '--reporter=dot'],
      project,
    );

    expect({ status, output: stdout + stderr }).toMatchObject({ status: 0 });
  });
});

// `no-hardcoded-secrets` option `ignoredValues`, the setting `secretNames`
const OPTION_MENTION = /`(no-[a-z-]+)` option `(\w+)`/gu;
const SETTING_MENTION = /setting `(\w+)/gu;

function hasOption(ruleName: string, option: string): boolean {
  const rules: Readonly<Record<string, { meta: { schema: unknown } }>> =
    ruleMap;
  const rule = ruleName in rules ? rules[ruleName] : undefined;
  const schema = rule?.meta.schema;
  const [first] = Array.isArray(schema) ? (schema as unknown[]) : [schema];
  const properties = (first as { properties?: object } | undefined)?.properties;
  return properties !== undefined && option in properties;
}

function isSettingsKey(key: string): boolean {
  try {
    getSettings({ 'secret-hygiene': { [key]: undefined } });
    return true;
  } catch {
    return false;
  }
}

describe.each(GUIDES)('docs/guides/%s', guide => {
  const text = readFileSync(path.join(GUIDES_DIRECTORY, guide), 'utf8');

  it('names only rule options and settings that exist', () => {
    const options = [...text.matchAll(OPTION_MENTION)].map(
      ([, rule = '', option = '']) => ({ rule, option }),
    );
    const settings = [...text.matchAll(SETTING_MENTION)].map(
      ([, key = '']) => key,
    );

    expect(
      options.filter(({ rule, option }) => !hasOption(rule, option)),
    ).toEqual([]);
    expect(settings.filter(key => !isSettingsKey(key))).toEqual([]);
  });

  it('links only to files that exist', () => {
    const targets = [...text.matchAll(/\]\(([^)#\s]+)(?:#[^)]*)?\)/gu)]
      .map(match => match[1])
      .filter(target => !/^[a-z]+:/u.test(target));

    expect(
      targets.filter(
        target => !existsSync(path.join(GUIDES_DIRECTORY, target)),
      ),
    ).toEqual([]);
  });
});
