import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import {
  getFindings,
  lintJson,
  packPluginOnce,
  runEslint,
  withoutSourceCopies,
} from '../helpers/e2e.js';
import { createUserProject } from '../helpers/packedPlugin.js';
import {
  type ConfigKind,
  createExampleService,
  createJsApp,
  EXAMPLE_SERVICE_FINDINGS,
  EXAMPLE_SERVICE_SECRETS,
  JS_APP_FINDINGS,
  JS_APP_SECRETS,
} from './fixtures/apps.js';

interface App {
  name: string;
  create: (destination: string, kind: ConfigKind) => string;
  findings: readonly string[];
  secrets: readonly string[];
}

// The example service is TypeScript, parsed by typescript-eslint; the
// JavaScript app is parsed by ESLint's default parser.
const APPS: App[] = [
  {
    name: 'the TypeScript example service',
    create: createExampleService,
    findings: EXAMPLE_SERVICE_FINDINGS,
    secrets: EXAMPLE_SERVICE_SECRETS,
  },
  {
    name: 'the JavaScript app',
    create: createJsApp,
    findings: JS_APP_FINDINGS,
    secrets: JS_APP_SECRETS,
  },
];

const CASES = [9, 10].flatMap(major =>
  (['module', 'commonjs'] as const).flatMap(kind =>
    APPS.map(app => ({ major, kind, app })),
  ),
);

// The lowest and the highest supported ESLint majors.
const projects = new Map<number, string>();

beforeAll(async () => {
  const tarball = await packPluginOnce();
  for (const major of [9, 10]) {
    projects.set(
      major,
      createUserProject(tarball, [
        `eslint@${String(major)}`,
        'typescript-eslint@8',
        'typescript@5.9',
      ]),
    );
  }
});

afterAll(() => {
  for (const project of projects.values()) {
    rmSync(project, { recursive: true, force: true });
  }
});

function getProject(major: number): string {
  const project = projects.get(major);
  if (project === undefined) {
    throw new Error(`No project with ESLint ${String(major)}`);
  }
  return project;
}

describe.each(CASES)(
  'ESLint $major, $kind config, $app.name',
  ({ major, kind, app }) => {
    it('reports the expected findings, and no secret value', () => {
      const project = getProject(major);
      const directory = app.create(
        path.join(project, `${kind}-${app.name.replaceAll(' ', '-')}`),
        kind,
      );

      const { status, results } = lintJson(project, directory, ['.']);

      expect(status).toBe(1);
      expect(getFindings(results, directory)).toEqual(app.findings);
      const text = JSON.stringify(withoutSourceCopies(results));
      for (const secret of app.secrets) {
        expect(text).not.toContain(secret);
      }
    });
  },
);

describe.each([9, 10])('ESLint %i --fix on the JavaScript app', major => {
  it('imports the accessor in ES modules and requires it in CommonJS', () => {
    const project = getProject(major);
    const directory = createJsApp(path.join(project, 'fix'), 'module');

    runEslint(project, directory, ['--fix', '.']);

    const server = readFileSync(
      path.join(directory, 'src', 'server.cjs'),
      'utf8',
    );
    expect(server).toContain("const { getSecret } = require('./secrets.js');");
    expect(server).toContain("getSecret('API_KEY')");
    const { results } = lintJson(project, directory, ['.']);
    expect(
      results.flatMap(result =>
        result.messages.filter(message => message.fatal),
      ),
    ).toEqual([]);
  });
});
