import {
  appendFileSync,
  existsSync,
  readdirSync,
  readFileSync,
  rmSync,
  utimesSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

import type * as TypeScript from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import {
  compareFindings,
  getFindings,
  type LintResult,
  lintJson,
  packPluginOnce,
  runEslint,
  withoutSourceCopies,
} from '../helpers/e2e.js';
import { createUserProject } from '../helpers/packedPlugin.js';
import {
  createExampleService,
  EXAMPLE_SERVICE_FINDINGS,
  EXAMPLE_SERVICE_FINDINGS_AFTER_FIX,
  EXAMPLE_SERVICE_SECRETS,
  makeTokenBody,
} from './fixtures/apps.js';

// A key added to a file to see the cache and the suppressions notice it.
const ADDED_KEY = ['sk', 'live', makeTokenBody('e2e stripe', 24)].join('_');
const ADDED_LINE = `\nexport const stripeKey = '${ADDED_KEY}';\n`;
const ADDED_FINDING = 'src/redact.ts:6 secret-hygiene/no-hardcoded-secrets';

let project: string;

beforeAll(async () => {
  const tarball = await packPluginOnce();
  project = createUserProject(tarball, [
    'eslint@10',
    'typescript-eslint@8',
    'typescript@5.9',
  ]);
});

afterAll(() => {
  rmSync(project, { recursive: true, force: true });
});

/** A fresh copy of the example service in the user project. */
function createService(name: string): string {
  return createExampleService(path.join(project, name), 'module');
}

function expectNoSecrets(text: string): void {
  for (const secret of [...EXAMPLE_SERVICE_SECRETS, ADDED_KEY]) {
    expect(text).not.toContain(secret);
  }
}

function readSources(directory: string): Record<string, string> {
  const sourceDirectory = path.join(directory, 'src');
  return Object.fromEntries(
    readdirSync(sourceDirectory, { recursive: true, encoding: 'utf8' })
      .filter(file => file.endsWith('.ts'))
      .sort()
      .map(file => [
        file.split(path.sep).join('/'),
        readFileSync(path.join(sourceDirectory, file), 'utf8'),
      ]),
  );
}

// Every file ESLint linted, the config file included.
function getLintedFiles(
  results: readonly LintResult[],
  directory: string,
): string[] {
  return results.map(result => toRelative(directory, result.filePath)).sort();
}

function toRelative(directory: string, file: string): string {
  return path.relative(directory, file).split(path.sep).join('/');
}

function countFixable(results: readonly LintResult[]): number {
  return results.reduce(
    (sum, result) =>
      sum + result.fixableErrorCount + result.fixableWarningCount,
    0,
  );
}

// The files ESLint skipped because the cache says they did not change, from
// its debug log.
function getCachedFiles(stderr: string, directory: string): string[] {
  return [...stderr.matchAll(/Skipping file since it hasn't changed: (\S+)/gu)]
    .map(match => toRelative(directory, match[1]))
    .sort();
}

describe('the ESLint CLI on the example service', () => {
  it('reports the expected findings with the json formatter and exits 1', () => {
    const service = createService('json');

    const { status, results } = lintJson(project, service, ['.']);

    expect(status).toBe(1);
    expect(getFindings(results, service)).toEqual(EXAMPLE_SERVICE_FINDINGS);
    // ESLint's `source` and fix texts copy the code itself; the messages
    // are the plugin's and must be clean.
    expectNoSecrets(JSON.stringify(withoutSourceCopies(results)));
  });

  it('prints every finding and no secret value with the stylish formatter', () => {
    const service = createService('stylish');

    const { status, stdout } = runEslint(project, service, ['.']);

    expect(status).toBe(1);
    expect(stdout).toContain(
      `✖ ${String(EXAMPLE_SERVICE_FINDINGS.length)} problems`,
    );
    expectNoSecrets(stdout);
  });
});

describe('eslint --fix', () => {
  let service: string;
  let fixedSources: Record<string, string>;

  beforeAll(() => {
    service = createService('fix');
    runEslint(project, service, ['--fix', '.']);
    fixedSources = readSources(service);
  });

  it('turns environment reads into accessor calls and imports the accessor', () => {
    expect(fixedSources['db.ts']).toContain(
      "import { getSecret } from './secrets.js';",
    );
    expect(fixedSources['db.ts']).toContain("getSecret('DB_PASSWORD')");
    expect(fixedSources['config.ts']).toContain(
      "import { getSecret } from './secrets.js';",
    );
    expect(fixedSources['config.ts']).toContain(
      "getSecret('PAYMENTS_API_KEY')",
    );
  });

  it('leaves files that TypeScript parses without an error', () => {
    const ts = createRequire(path.join(project, 'package.json'))(
      'typescript',
    ) as typeof TypeScript;

    const errorsByFile = Object.entries(fixedSources).map(([file, text]) => {
      const { diagnostics = [] } = ts.transpileModule(text, {
        fileName: file,
        reportDiagnostics: true,
      });
      return {
        file,
        errors: diagnostics.map(diagnostic =>
          ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'),
        ),
      };
    });

    expect(errorsByFile).toEqual(
      Object.keys(fixedSources).map(file => ({ file, errors: [] })),
    );
  });

  it('leaves only the findings that need a person, none of them fixable', () => {
    const { results } = lintJson(project, service, ['.']);

    expect(getFindings(results, service)).toEqual(
      EXAMPLE_SERVICE_FINDINGS_AFTER_FIX,
    );
    expect(countFixable(results)).toBe(0);
  });

  it('changes nothing on a second pass', () => {
    runEslint(project, service, ['--fix', '.']);

    expect(readSources(service)).toEqual(fixedSources);
  });
});

describe('eslint --concurrency', () => {
  it('gives with two worker threads the same results as a serial run', () => {
    const service = createService('concurrency');

    const serial = lintJson(project, service, ['.']);
    const threaded = lintJson(project, service, ['--concurrency', '2', '.']);

    expect(threaded.status).toBe(serial.status);
    expect(getFindings(threaded.results, service)).toEqual(
      EXAMPLE_SERVICE_FINDINGS,
    );
    expect(threaded.results).toEqual(serial.results);
  });
});

describe('eslint --cache', () => {
  it('gives the same results from the cache, and lints a changed file again', () => {
    const service = createService('cache');
    // `--debug` logs each file that the cache lets ESLint skip.
    const args = ['--cache', '--debug', '.'];

    const first = lintJson(project, service, args);
    const second = lintJson(project, service, args);
    appendFileSync(path.join(service, 'src', 'redact.ts'), ADDED_LINE);
    const afterChange = lintJson(project, service, args);

    expect(existsSync(path.join(service, '.eslintcache'))).toBe(true);
    expect(getFindings(first.results, service)).toEqual(
      EXAMPLE_SERVICE_FINDINGS,
    );
    expect(getCachedFiles(first.stderr, service)).toEqual([]);
    expect(second.results).toEqual(first.results);
    expect(getCachedFiles(second.stderr, service)).toEqual(
      getLintedFiles(first.results, service),
    );
    expect(getCachedFiles(afterChange.stderr, service)).toEqual(
      getLintedFiles(first.results, service).filter(
        file => file !== 'src/redact.ts',
      ),
    );
    expect(getFindings(afterChange.results, service)).toEqual(
      [...EXAMPLE_SERVICE_FINDINGS, ADDED_FINDING].sort(compareFindings),
    );
    expectNoSecrets(JSON.stringify(withoutSourceCopies(afterChange.results)));
  });

  it('skips touched but unchanged files with the content strategy', () => {
    const service = createService('cache-content');
    const args = ['--cache', '--cache-strategy', 'content', '--debug', '.'];
    const first = lintJson(project, service, args);

    // A fresh CI checkout gives every file a new modification time.
    const later = new Date(Date.now() + 60_000);
    for (const file of getLintedFiles(first.results, service)) {
      utimesSync(path.join(service, file), later, later);
    }
    const second = lintJson(project, service, args);

    expect(getCachedFiles(second.stderr, service)).toEqual(
      getLintedFiles(first.results, service),
    );
    expect(second.results).toEqual(first.results);
  });
});

describe('bulk suppressions', () => {
  it('records the findings with --suppress-all and still fails on a new one', () => {
    const service = createService('suppressions');

    const suppressed = runEslint(project, service, ['--suppress-all', '.']);
    const suppressionsFile = path.join(service, 'eslint-suppressions.json');
    const clean = lintJson(project, service, ['.']);
    appendFileSync(path.join(service, 'src', 'redact.ts'), ADDED_LINE);
    const withNewFinding = lintJson(project, service, ['.']);

    expect(suppressed.status).toBe(0);
    expect(existsSync(suppressionsFile)).toBe(true);
    expectNoSecrets(readFileSync(suppressionsFile, 'utf8'));
    expect(clean.status).toBe(0);
    expect(getFindings(clean.results, service)).toEqual([]);
    expect(withNewFinding.status).toBe(1);
    expect(getFindings(withNewFinding.results, service)).toEqual([
      ADDED_FINDING,
    ]);
  });
});
