import { describe, expect, it } from 'vitest';

import type { EvalCase } from '../../bench/eval/labels.js';
import {
  renderCorpusTable,
  renderFamilyTable,
  renderMissed,
  renderScoreTable,
  type ToolFindings,
} from '../../bench/eval/tables.js';
import {
  createFailure,
  createSuccess,
  type Finding,
} from '../../bench/findings.js';
import { createEvalTools, type Tool } from '../../bench/tools.js';

const rule = { meta: {}, create: () => ({}) } as never;
const tools = createEvalTools({
  rules: { 'no-hardcoded-secrets': rule, 'no-secrets-in-logs': rule },
  presets: {},
  error: undefined,
  ruleErrors: {},
});

function getTool(id: string): Tool {
  const tool = tools.find(candidate => candidate.id === id);
  if (tool === undefined) {
    throw new Error(`no tool ${id}`);
  }
  return tool;
}

const cases: EvalCase[] = [
  {
    id: 'a',
    file: 'providers/a.ts',
    code: '',
    kind: 'payments',
    context: 'named',
    labels: [
      {
        line: 2,
        endLine: 2,
        category: 'hardcoded',
        family: 'payments',
        provider: 'Stripe secret key',
        optional: false,
      },
    ],
  },
  {
    id: 'b',
    file: 'snippets/b.ts',
    code: '',
    kind: 'secret reaches a log',
    context: 'snippet',
    labels: [
      {
        line: 5,
        endLine: 5,
        category: 'logged',
        family: 'secret reaches a log',
        provider: undefined,
        optional: false,
      },
    ],
  },
];

const finding = (file: string, line: number, ruleId: string): Finding => ({
  file,
  line,
  endLine: line,
  ruleId,
  messageId: undefined,
});

function results(): ToolFindings[] {
  return [
    {
      tool: getTool('secret-hygiene'),
      result: createSuccess({
        wallMs: 0,
        findings: [
          finding('snippets/b.ts', 5, 'secret-hygiene/no-secrets-in-logs'),
          finding('snippets/b.ts', 1, 'secret-hygiene/no-hardcoded-secrets'),
        ],
      }),
    },
    {
      tool: getTool('no-secrets'),
      result: createSuccess({
        wallMs: 0,
        findings: [finding('providers/a.ts', 2, 'no-secrets/no-secrets')],
      }),
    },
    { tool: getTool('sonarjs'), result: createFailure('crashed') },
  ];
}

describe('renderScoreTable', () => {
  it('scores each rule of this plugin, each peer, and marks failures', () => {
    const lines = renderScoreTable(cases, results()).split('\n');
    expect(lines.slice(2).map(line => line.replaceAll(/ +/gu, ' '))).toEqual([
      '| secret-hygiene/no-hardcoded-secrets | hardcoded secrets | 0 | 0.0% | 1 | 0.0% | 1 |',
      '| secret-hygiene/no-secrets-in-logs | secrets in logs | 1 | 100.0% | 0 | 100.0% | 1 |',
      '| eslint-plugin-no-secrets | hardcoded secrets | 1 | 100.0% | 0 | 100.0% | 1 |',
      '| SonarJS secrets + passwords | | failed | | | | |',
    ]);
  });
});

describe('renderFamilyTable', () => {
  it('puts the secret tools side by side, per family', () => {
    const table = renderFamilyTable(cases, results());
    expect(table.split('\n')[0]).toContain(
      '| secret-hygiene/no-hardcoded-secrets | eslint-plugin-no-secrets |',
    );
    expect(table.split('\n')[2]?.replaceAll(/ +/gu, ' ')).toBe(
      '| payments | 1 | 0.0% | 100.0% |',
    );
  });
});

describe('renderMissed', () => {
  it("lists what this plugin's secret rule missed", () => {
    expect(renderMissed(cases, results())).toBe(
      '- Stripe secret key (named): `providers/a.ts` line 2',
    );
  });
});

describe('renderCorpusTable', () => {
  it("splits this plugin's findings by rule", () => {
    const rows = renderCorpusTable(results())
      .split('\n')
      .slice(2)
      .map(line => line.replaceAll(/ +/gu, ' '));
    expect(rows).toEqual([
      '| secret-hygiene/no-hardcoded-secrets | 1 | 1 |',
      '| secret-hygiene/no-secrets-in-logs | 1 | 1 |',
      '| eslint-plugin-no-secrets | 1 | 1 |',
      '| SonarJS secrets + passwords | failed: crashed | – |',
    ]);
  });
});
