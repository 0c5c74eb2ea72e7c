import { describe, expect, it } from 'vitest';

import {
  createFailure,
  createSuccess,
  type ToolResult,
} from '../../bench/findings.js';
import {
  createRuleTimingTool,
  RULE_TIMING_TOOL_ID,
  summarizeSpeed,
} from '../../bench/speed.js';
import { createTools, FLOOR_TOOL_ID, type Tool } from '../../bench/tools.js';

function run(wallMs: number, findings = 0, maxRssKb = 1000): ToolResult {
  return createSuccess({
    wallMs,
    lintMs: wallMs - 100,
    maxRssKb,
    findings: Array.from({ length: findings }, () => ({
      file: 'a.js',
      line: 1,
      endLine: 1,
      ruleId: 'x/y',
      messageId: undefined,
    })),
  });
}

const tools = createTools({
  rules: {},
  presets: {},
  error: 'not loaded',
  ruleErrors: { 'no-hardcoded-secrets': 'not loaded' },
});
const byId = (id: string): Tool => {
  const tool = tools.find(candidate => candidate.id === id);
  if (tool === undefined) {
    throw new Error(`no tool ${id}`);
  }
  return tool;
};

describe('createTools', () => {
  it('lists the floor, the presets, each rule alone and the peers', () => {
    expect(tools.map(tool => tool.id)).toEqual([
      FLOOR_TOOL_ID,
      'any-rule',
      'secret-hygiene-recommended',
      'secret-hygiene-all',
      'secret-hygiene-no-hardcoded-secrets',
      'no-secrets',
      'sonarjs',
      'n-no-process-env',
      'biome',
      'secretlint',
    ]);
  });
});

describe('summarizeSpeed', () => {
  const floor = byId(FLOOR_TOOL_ID);
  const noSecrets = byId('no-secrets');
  const biome = byId('biome');
  const all = byId('secret-hygiene-all');

  const summaries = summarizeSpeed(
    [floor, noSecrets, biome, all],
    new Map([
      [floor.id, [run(1000), run(1200), run(1100)]],
      [noSecrets.id, [run(1600, 5, 3000), run(1500, 5), run(1700, 6)]],
      [biome.id, [run(100, 2)]],
      [all.id, [createFailure('rule x crashed', 40)]],
    ]),
    100_000,
  );

  it('takes medians and compares them with the floor', () => {
    expect(summaries[0]).toMatchObject({
      ok: true,
      wallMs: 1100,
      lintMs: 1000,
      ratioToFloor: 1,
      addedPerThousandLines: undefined,
    });
    expect(summaries[1]).toMatchObject({
      wallMs: 1600,
      addedPerThousandLines: 5,
      maxRssKb: 3000,
      findings: 6,
      findingsVary: true,
    });
    expect(summaries[1]?.ratioToFloor).toBeCloseTo(1600 / 1100, 6);
    // Runs of 1,500 to 1,700 ms around a median of 1,600.
    expect(summaries[1]?.spread).toBeCloseTo(200 / 1600, 6);
  });

  it('keeps the reason of a failed tool and no figures', () => {
    expect(summaries[3]).toMatchObject({
      ok: false,
      error: 'rule x crashed',
      wallMs: undefined,
      ratioToFloor: undefined,
      findings: undefined,
    });
  });
});

describe('createRuleTimingTool', () => {
  it('joins every rule of the ESLint tools, and every rule of this plugin', () => {
    const tool = createRuleTimingTool(tools, true);
    expect(tool).toMatchObject({
      id: RULE_TIMING_TOOL_ID,
      preset: 'all',
      plugins: ['secret-hygiene', 'no-secrets', 'sonarjs', 'n'],
    });
    expect(Object.keys(tool?.rules ?? {})).toEqual([
      'secret-hygiene/no-hardcoded-secrets',
      'no-secrets/no-secrets',
      'sonarjs/no-hardcoded-secrets',
      'sonarjs/no-hardcoded-passwords',
      'n/no-process-env',
    ]);
  });

  it('can leave this plugin out', () => {
    const tool = createRuleTimingTool(tools, false);
    expect(tool?.plugins).toEqual(['no-secrets', 'sonarjs', 'n']);
    expect(tool?.preset).toBeUndefined();
  });
});
