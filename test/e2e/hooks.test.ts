import { execFileSync } from 'node:child_process';
import {
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { packPluginOnce } from '../helpers/e2e.js';
import { getGuideFile } from '../helpers/guides.js';
import {
  createUserProject,
  REPOSITORY_ROOT,
  run,
  type RunResult,
} from '../helpers/packedPlugin.js';
import { GITHUB_TOKEN } from './fixtures/apps.js';

interface PreCommitHook {
  id: string;
  name: string;
  entry: string;
  language: string;
  files?: string;
}

interface PreCommitConfig {
  repos: { repo: string; hooks: PreCommitHook[] }[];
}

const MANIFEST = path.join(REPOSITORY_ROOT, '.pre-commit-hooks.yaml');
const GUIDE = 'pre-commit.md';

const ESLINT_CONFIG = `import secretHygiene from 'eslint-plugin-secret-hygiene';

export default [
  secretHygiene.configs.recommended,
  {
    settings: {
      'secret-hygiene': {
        accessor: {
          name: 'getSecret',
          module: './src/secrets.js',
          files: ['src/secrets.js'],
        },
      },
    },
  },
];
`;

const LEAKY_FILE = `export const github = { token: '${GITHUB_TOKEN}' };\n`;
const CLEAN_FILE = `import { getSecret } from './secrets.js';

export const github = { token: getSecret('GITHUB_TOKEN') };
`;
const ACCESSOR_FILE = `export function getSecret(name) {
  const value = process.env[name];
  if (value === undefined) {
    throw new Error(\`Missing required secret \${name}\`);
  }
  return value;
}
`;

const PRE_COMMIT_HOME = path.join(
  tmpdir(),
  `secret-hygiene-pre-commit-${String(process.pid)}`,
);

// Commits made by the tests see none of the machine's git settings, and the
// pre-commit framework keeps its store in a folder of its own.
const GIT_ENV = {
  GIT_CONFIG_GLOBAL: '/dev/null',
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_AUTHOR_NAME: 'End To End',
  GIT_AUTHOR_EMAIL: 'e2e@example.com',
  GIT_COMMITTER_NAME: 'End To End',
  GIT_COMMITTER_EMAIL: 'e2e@example.com',
  HUSKY: '1',
  PRE_COMMIT_HOME,
};

const hasPreCommit = (() => {
  try {
    execFileSync('pre-commit', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

let project: string;
let requireFromProject: NodeJS.Require;

beforeAll(async () => {
  const tarball = await packPluginOnce();
  project = createUserProject(tarball, [
    'eslint@10',
    'husky@9.1.7',
    // lint-staged 17 needs Node 22; 16 is the last line for Node 20.
    'lint-staged@16.4.0',
    'yaml@2',
    'typescript-eslint@8',
    'typescript@5.9',
  ]);
  requireFromProject = createRequire(path.join(project, 'package.json'));
});

afterAll(() => {
  rmSync(project, { recursive: true, force: true });
  rmSync(PRE_COMMIT_HOME, { recursive: true, force: true });
});

function git(cwd: string, ...args: string[]): RunResult {
  return run('git', args, cwd, GIT_ENV);
}

function writeFiles(cwd: string, files: Record<string, string>): void {
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(cwd, file)), { recursive: true });
    writeFileSync(path.join(cwd, file), text);
  }
}

function countCommits(cwd: string): number {
  return Number(git(cwd, 'rev-list', '--count', 'HEAD').stdout.trim());
}

function parseYaml(text: string): unknown {
  const { parse } = requireFromProject('yaml') as {
    parse: (text: string) => unknown;
  };
  return parse(text);
}

/**
 * Stages a file with a hardcoded token, then a clean one, and commits each:
 * the first commit must fail with the finding, the second must land.
 */
function expectHookToGuardCommits(repository: string): void {
  const commitsBefore = countCommits(repository);

  writeFiles(repository, { 'src/github.js': LEAKY_FILE });
  git(repository, 'add', 'src/github.js');
  const rejected = git(repository, 'commit', '-m', 'add the GitHub client');
  const output = rejected.stdout + rejected.stderr;

  expect(rejected.status).not.toBe(0);
  expect(output).toContain('src/github.js');
  expect(output).toContain('secret-hygiene/no-hardcoded-secrets');
  expect(output).not.toContain(GITHUB_TOKEN);
  expect(countCommits(repository)).toBe(commitsBefore);

  writeFiles(repository, { 'src/github.js': CLEAN_FILE });
  git(repository, 'add', 'src/github.js');
  const accepted = git(repository, 'commit', '-m', 'add the GitHub client');

  expect({
    status: accepted.status,
    output: accepted.stdout + accepted.stderr,
  }).toMatchObject({ status: 0 });
  expect(countCommits(repository)).toBe(commitsBefore + 1);
}

describe('husky and lint-staged, set up as the guide says', () => {
  it('stop a commit that stages a hardcoded token, and let a clean one through', () => {
    git(project, 'init', '--quiet', '--initial-branch=main');
    const init = run('npx', ['husky', 'init'], project, GIT_ENV);
    expect(init.status).toBe(0);

    writeFiles(project, {
      '.gitignore': 'node_modules/\npre-commit-framework/\n',
      '.husky/pre-commit': getGuideFile(GUIDE, '.husky/pre-commit'),
      '.lintstagedrc.json': getGuideFile(GUIDE, '.lintstagedrc.json'),
      'eslint.config.js': ESLINT_CONFIG,
      'src/secrets.js': ACCESSOR_FILE,
    });
    git(project, 'add', '--all');
    // The first commit runs the hook too, over the config and the accessor.
    expect(git(project, 'commit', '-m', 'set up the hooks').status).toBe(0);

    expectHookToGuardCommits(project);
  });
});

describe('the pre-commit framework', () => {
  it('reads .pre-commit-hooks.yaml as a list of well-formed hooks', () => {
    const hooks = parseYaml(readFileSync(MANIFEST, 'utf8')) as PreCommitHook[];

    expect(hooks.map(hook => hook.id)).toEqual(['secret-hygiene']);
    for (const hook of hooks) {
      expect(hook).toMatchObject({
        name: expect.any(String) as unknown,
        entry: expect.stringMatching(/^eslint /u) as unknown,
        language: 'node',
        files: expect.any(String) as unknown,
      });
      expect(new RegExp(hook.files ?? '', 'u').test('src/a.cts')).toBe(true);
    }
  });

  it('reads the guide example as a local hook that runs the project ESLint', () => {
    const config = parseYaml(
      getGuideFile(GUIDE, '.pre-commit-config.yaml'),
    ) as PreCommitConfig;
    const [repository] = config.repos;

    expect(repository.repo).toBe('local');
    expect(repository.hooks[0]).toMatchObject({
      language: 'system',
      entry: expect.stringContaining('eslint') as unknown,
    });
  });

  it.skipIf(!hasPreCommit)(
    'validates both files with pre-commit itself (skipped without pre-commit on PATH)',
    () => {
      const manifest = run(
        'pre-commit',
        ['validate-manifest', MANIFEST],
        project,
      );
      const configFile = path.join(project, 'guide-pre-commit-config.yaml');
      writeFileSync(configFile, getGuideFile(GUIDE, '.pre-commit-config.yaml'));
      const config = run(
        'pre-commit',
        ['validate-config', configFile],
        project,
      );

      expect(manifest.stdout + manifest.stderr).toBe('');
      expect(manifest.status).toBe(0);
      expect(config.stdout + config.stderr).toBe('');
      expect(config.status).toBe(0);
    },
  );

  it.skipIf(!hasPreCommit)(
    'stops a commit with the guide example hook (skipped without pre-commit on PATH)',
    () => {
      const repository = path.join(project, 'pre-commit-framework');
      mkdirSync(repository);
      git(repository, 'init', '--quiet', '--initial-branch=main');
      writeFiles(repository, {
        '.pre-commit-config.yaml': getGuideFile(
          GUIDE,
          '.pre-commit-config.yaml',
        ),
        'eslint.config.js': ESLINT_CONFIG,
        'src/secrets.js': ACCESSOR_FILE,
      });
      expect(run('pre-commit', ['install'], repository, GIT_ENV).status).toBe(
        0,
      );
      git(repository, 'add', '--all');
      expect(git(repository, 'commit', '-m', 'set up the hook').status).toBe(0);

      expectHookToGuardCommits(repository);
    },
  );

  it('loads the plugin through NODE_PATH with the guide config, as in its own environment', () => {
    // pre-commit's environment for the hook is a node_modules folder on
    // NODE_PATH; the linted repository has none of its own.
    const repository = mkdtempSync(
      path.join(tmpdir(), 'secret-hygiene-no-modules-'),
    );
    try {
      writeFiles(repository, {
        'eslint.config.mjs': getGuideFile(GUIDE, 'eslint.config.mjs'),
        'src/github.ts': `export const github: { token: string } = { token: '${GITHUB_TOKEN}' };\n`,
      });

      const { status, stdout } = run(
        path.join(project, 'node_modules', '.bin', 'eslint'),
        ['src'],
        repository,
        { NODE_PATH: path.join(project, 'node_modules') },
      );

      expect(stdout).toContain('secret-hygiene/no-hardcoded-secrets');
      expect(stdout).not.toContain(GITHUB_TOKEN);
      expect(status).toBe(1);
    } finally {
      rmSync(repository, { recursive: true, force: true });
    }
  });
});
