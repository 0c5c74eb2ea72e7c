import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { compareFindings, packPluginOnce, runEslint } from '../helpers/e2e.js';
import { getGuideFile } from '../helpers/guides.js';
import { createUserProject } from '../helpers/packedPlugin.js';
import {
  createExampleService,
  EXAMPLE_SERVICE_FINDINGS,
  EXAMPLE_SERVICE_SECRETS,
} from './fixtures/apps.js';

interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  level: string;
  message: { text: string };
  locations: {
    physicalLocation: {
      artifactLocation: { uri: string };
      region: { startLine: number; startColumn: number; snippet?: unknown };
    };
  }[];
}

interface SarifLog {
  version: string;
  runs: {
    tool: {
      driver: {
        name: string;
        rules: {
          id: string;
          helpUri: string;
          shortDescription: { text: string };
        }[];
      };
    };
    results: SarifResult[];
  }[];
}

interface WorkflowStep {
  id?: string;
  uses?: string;
  run?: string;
  if?: string;
  with?: Record<string, string>;
}

interface Workflow {
  jobs: Record<
    string,
    { permissions: Record<string, string>; steps: WorkflowStep[] }
  >;
}

interface CodeQualityIssue {
  description: string;
  check_name: string;
  fingerprint: string;
  severity: string;
  location: { path: string; positions: { begin: { line: number } } };
}

// The few calls of Ajv 6 this file makes; it is loaded from the user project.
interface AjvInstance {
  addMetaSchema: (schema: object) => AjvInstance;
  validate: (schema: object, data: unknown) => boolean;
  errorsText: () => string;
}
type AjvConstructor = new (options: object) => AjvInstance;

const DOCS_URL =
  'https://github.com/secret-hygiene/eslint-plugin-secret-hygiene/blob/main/docs/rules/';

let project: string;
let requireFromProject: NodeJS.Require;

beforeAll(async () => {
  const tarball = await packPluginOnce();
  project = createUserProject(tarball, [
    'eslint@10',
    'typescript-eslint@8',
    'typescript@5.9',
    '@microsoft/eslint-formatter-sarif@3.1.0',
    'eslint-formatter-gitlab@7.2.0',
    // The SARIF 2.1.0 schema (a draft-04 JSON schema) ships in this package;
    // Ajv 6 still validates draft-04.
    '@microsoft/jest-sarif@1.0.0-beta.0',
    'ajv@6',
    'yaml@2',
  ]);
  requireFromProject = createRequire(path.join(project, 'package.json'));
});

afterAll(() => {
  rmSync(project, { recursive: true, force: true });
});

function expectNoSecrets(text: string): void {
  for (const secret of EXAMPLE_SERVICE_SECRETS) {
    expect(text).not.toContain(secret);
  }
}

function validateSarif(log: unknown): string | undefined {
  const Ajv = requireFromProject('ajv') as AjvConstructor;
  const ajv = new Ajv({ schemaId: 'id', allErrors: true });
  ajv.addMetaSchema(
    requireFromProject('ajv/lib/refs/json-schema-draft-04.json') as object,
  );
  const schema = requireFromProject(
    '@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json',
  ) as object;
  return ajv.validate(schema, log) ? undefined : ajv.errorsText();
}

describe('the SARIF report', () => {
  let service: string;
  let status: number;
  let text: string;
  let log: SarifLog;

  beforeAll(() => {
    service = createExampleService(path.join(project, 'sarif'), 'module');
    ({ status } = runEslint(project, service, [
      '--format',
      '@microsoft/eslint-formatter-sarif',
      '--output-file',
      'eslint-results.sarif',
      '.',
    ]));
    text = readFileSync(path.join(service, 'eslint-results.sarif'), 'utf8');
    log = JSON.parse(text) as SarifLog;
  });

  it('validates against the SARIF 2.1.0 schema', () => {
    expect(status).toBe(1);
    expect(log.version).toBe('2.1.0');
    expect(validateSarif(log)).toBeUndefined();
  });

  it('locates every finding by rule, file and line', () => {
    const findings = log.runs[0].results.map(result => {
      const { artifactLocation, region } = result.locations[0].physicalLocation;
      const file = path
        .relative(service, fileURLToPath(artifactLocation.uri))
        .split(path.sep)
        .join('/');
      return `${file}:${String(region.startLine)} ${result.ruleId}`;
    });

    expect(findings.sort(compareFindings)).toEqual(EXAMPLE_SERVICE_FINDINGS);
  });

  it('describes each rule with its help URI', () => {
    const rules = log.runs[0]?.tool.driver.rules ?? [];
    const reported = new Set(
      EXAMPLE_SERVICE_FINDINGS.map(finding => finding.split(' ')[1]),
    );

    expect(rules.map(rule => rule.id).sort()).toEqual([...reported].sort());
    for (const rule of rules) {
      const name = rule.id.replace('secret-hygiene/', '');
      expect(rule.helpUri).toBe(`${DOCS_URL}${name}.md`);
      expect(rule.shortDescription.text).toMatch(
        /^(Disallow|Enforce|Require) /u,
      );
    }
  });

  it('holds no secret value and no source snippet', () => {
    expectNoSecrets(text);
    for (const result of log.runs[0]?.results ?? []) {
      expect(result.locations[0]?.physicalLocation.region.snippet).toBe(
        undefined,
      );
    }
  });
});

describe('the GitLab code quality report', () => {
  it('is written where the example .gitlab-ci.yml says, with every finding', () => {
    const service = createExampleService(
      path.join(project, 'gitlab'),
      'module',
    );
    writeFileSync(
      path.join(service, '.gitlab-ci.yml'),
      getGuideFile('ci.md', '.gitlab-ci.yml'),
    );

    // What GitLab sets in the `eslint` job of that file.
    const { status, stdout } = runEslint(
      project,
      service,
      ['--format', 'gitlab', '.'],
      { CI_JOB_NAME: 'eslint', CI_PROJECT_DIR: service },
    );
    const report = readFileSync(
      path.join(service, 'gl-codequality.json'),
      'utf8',
    );
    const issues = JSON.parse(report) as CodeQualityIssue[];

    expect(status).toBe(1);
    expect(
      issues
        .map(
          issue =>
            `${issue.location.path}:${String(issue.location.positions.begin.line)} ${issue.check_name}`,
        )
        .sort(compareFindings),
    ).toEqual(EXAMPLE_SERVICE_FINDINGS);
    expect(new Set(issues.map(issue => issue.fingerprint)).size).toBe(
      issues.length,
    );
    expectNoSecrets(report);
    expectNoSecrets(stdout);
  });
});

describe('the GitHub Actions example', () => {
  it('uploads the SARIF file that its ESLint step writes, then fails', () => {
    const { parse } = requireFromProject('yaml') as {
      parse: (text: string) => unknown;
    };
    const workflow = parse(
      getGuideFile('ci.md', '.github/workflows/lint.yml'),
    ) as Workflow;
    const [job] = Object.values(workflow.jobs);
    const { steps } = job;
    const lint = steps.find(step => step.run?.includes('npx eslint'));
    const upload = steps.find(step =>
      step.uses?.startsWith('github/codeql-action/upload-sarif@'),
    );

    expect(job.permissions['security-events']).toBe('write');
    expect(lint?.run).toContain('--format @microsoft/eslint-formatter-sarif');
    expect(lint?.run).toContain(
      `--output-file ${upload?.with?.sarif_file ?? '(no upload step)'}`,
    );
    expect(steps.indexOf(upload ?? {})).toBeGreaterThan(
      steps.indexOf(lint ?? {}),
    );
    expect(steps.at(-1)?.if).toBe(
      `steps.${lint?.id ?? ''}.outcome == 'failure'`,
    );
  });
});
