import { describe, expect, it } from 'vitest';

import { createSuccess } from '../../bench/findings.js';
import { type HostileReport, isHostileFlagged } from '../../bench/hostile.js';
import {
  judgeTargets,
  listFailures,
  listGrowthToCheck,
  renderPairedTable,
  renderSpeedTable,
} from '../../bench/report.js';
import type { PairedRow } from '../../bench/paired.js';
import type { ScalingRow } from '../../bench/scaling.js';
import type { SpeedSummary } from '../../bench/speed.js';
import { createTools, type EslintTool } from '../../bench/tools.js';

const tools = createTools({
  rules: {},
  presets: {},
  error: undefined,
  ruleErrors: { 'no-hardcoded-secrets': '' },
});

function summary(id: string, fields: Partial<SpeedSummary> = {}): SpeedSummary {
  const tool = tools.find(candidate => candidate.id === id);
  if (tool === undefined) {
    throw new Error(`no tool ${id}`);
  }
  return {
    tool,
    ok: true,
    error: undefined,
    runs: 3,
    wallMs: 1000,
    lintMs: 900,
    spread: 0.05,
    ratioToFloor: 1,
    addedPerThousandLines: 0,
    maxRssKb: 200_000,
    findings: 0,
    findingsVary: false,
    parseErrors: 0,
    ...fields,
  };
}

const scalingRow = (
  ruleId: string,
  growth: ScalingRow['growth'],
): ScalingRow => ({
  shape: 'huge-string',
  ruleId,
  times: [1, 2, 4, 8],
  exponent: growth === 'superlinear' ? 2 : 1,
  growth,
  error: undefined,
});

const hostile: HostileReport = {
  total: 1,
  notes: [],
  measurements: [
    {
      index: 0,
      target: 'regex',
      origin: 'src/engine/a.ts:1',
      source: '/a+b/u',
      inputs: 2,
      worstMs: 0.2,
      worstLength: 50_000,
      exponent: 1,
    },
  ],
  hangs: [],
};

describe('judgeTargets', () => {
  it('meets the targets on good figures', () => {
    const targets = judgeTargets({
      summaries: [
        summary('secret-hygiene-all', { ratioToFloor: 1.06 }),
        summary('secret-hygiene-no-hardcoded-secrets', { wallMs: 1100 }),
        summary('no-secrets', { wallMs: 1500 }),
      ],
      ruleTiming: createSuccess({
        wallMs: 0,
        findings: [],
        ruleTimes: {
          'secret-hygiene/no-hardcoded-secrets': 300,
          'no-secrets/no-secrets': 9000,
        },
      }),
      paired: undefined,
      scaling: [scalingRow('secret-hygiene/no-hardcoded-secrets', 'linear')],
      hostile,
    });
    expect(targets.map(target => target.verdict)).toEqual([
      'met',
      'met',
      'met',
      'met',
    ]);
    expect(targets[1]?.detail).toContain('rule time 300 ms against 9.00 s');
  });

  it('misses them on bad figures and names the culprits', () => {
    const targets = judgeTargets({
      summaries: [
        summary('secret-hygiene-all', { ratioToFloor: 1.25 }),
        summary('secret-hygiene-no-hardcoded-secrets', { wallMs: 2000 }),
        summary('no-secrets', { wallMs: 1500 }),
      ],
      ruleTiming: undefined,
      paired: undefined,
      scaling: [
        scalingRow('secret-hygiene/no-secrets-in-logs', 'superlinear'),
        scalingRow('no-secrets/no-secrets', 'superlinear'),
      ],
      hostile: {
        ...hostile,
        hangs: [{ index: 3, origin: 'src/engine/b.ts:9' }],
      },
    });
    expect(targets.map(target => target.verdict)).toEqual([
      'missed',
      'missed',
      'missed',
      'missed',
    ]);
    expect(targets[2]?.detail).toBe(
      'secret-hygiene/no-secrets-in-logs on huge-string (2.00)',
    );
    expect(targets[3]?.detail).toBe('src/engine/b.ts:9');
  });

  it('says what was not measured', () => {
    const targets = judgeTargets({
      summaries: [
        summary('secret-hygiene-all', { ok: false, ratioToFloor: undefined }),
      ],
      ruleTiming: undefined,
      paired: undefined,
      scaling: undefined,
      hostile: undefined,
    });
    expect(targets.map(target => target.verdict)).toEqual([
      'not measured',
      'not measured',
      'not measured',
      'not measured',
    ]);
  });
});

describe('judgeTargets with a paired run', () => {
  const eslintTool = (id: string): EslintTool => {
    const tool = summary(id).tool;
    if (tool.kind !== 'eslint') {
      throw new Error(`${id} is not an ESLint tool`);
    }
    return tool;
  };
  const pairedRow = (
    id: string,
    addedShare: number,
    margin: number,
    roundShares = [addedShare, addedShare, addedShare],
  ): PairedRow => ({
    tool: eslintTool(id),
    rounds: roundShares.length,
    totalMs: 1000 * (1 + addedShare),
    addedMs: 1000 * addedShare,
    addedShare,
    margin,
    roundShares,
    findings: 0,
  });
  const judgeWith = (rows: PairedRow[]): ReturnType<typeof judgeTargets> =>
    judgeTargets({
      // Noisy medians that would say the opposite of the paired run.
      summaries: [
        summary('secret-hygiene-all', { ratioToFloor: 1.3 }),
        summary('secret-hygiene-no-hardcoded-secrets', { wallMs: 1600 }),
        summary('no-secrets', { wallMs: 1500 }),
      ],
      ruleTiming: undefined,
      paired: { rows, floorMs: 1000, error: undefined },
      scaling: undefined,
      hostile: undefined,
    });

  it('judges the speed targets on the paired run, not the medians', () => {
    const targets = judgeWith([
      pairedRow('secret-hygiene-all', 0.06, 0.01),
      pairedRow('secret-hygiene-no-hardcoded-secrets', 0.03, 0.01),
      pairedRow('no-secrets', 0.4, 0.02),
    ]);
    expect(targets[0]?.verdict).toBe('met');
    expect(targets[0]?.detail).toBe(
      'paired run: `all` adds 6.0% ± 1.0%; whole-process medians: `all` at 1.30× the floor',
    );
    expect(targets[1]?.verdict).toBe('met');
    expect(targets[1]?.detail).toContain(
      'paired run: adds 3.0% ± 1.0% against 40.0% ± 2.0%',
    );
  });

  it("tells ESLint's cost of any rule apart from the rules' own", () => {
    // Round by round the rules add 7% and 9% beyond the empty rule.
    const [allTarget] = judgeWith([
      pairedRow('secret-hygiene-all', 0.2, 0.01, [0.25, 0.15]),
      pairedRow('any-rule', 0.12, 0.01, [0.18, 0.06]),
    ]);
    expect(allTarget.verdict).toBe('missed');
    expect(allTarget.detail).toContain(
      "of which 12.0% ± 1.0% is what ESLint adds for any rule (one that does nothing), leaving 8.0% ± 2.0% for the rules' own work",
    );
  });

  it('shows nothing with a single round, which has no margin', () => {
    const [allTarget] = judgeWith([
      pairedRow('secret-hygiene-all', 0.05, Number.POSITIVE_INFINITY),
    ]);
    expect(allTarget.verdict).toBe('not shown');
    expect(allTarget.detail).toContain('5.0% (one round: no margin)');
  });

  // [all, its margin, ours, its margin, theirs, its margin, verdict]
  it.each([
    ['straddles the limit', 0.09, 0.02, 0.1, 0.05, 0.18, 0.04, 'not shown'],
    ['lies wholly past it', 0.13, 0.02, 0.3, 0.05, 0.18, 0.04, 'missed'],
    ['ends on the limit', 0.08, 0.02, 0.05, 0.01, 0.4, 0.02, 'met'],
  ] as const)(
    'judges both speed targets by where the margin lies: %s',
    (_, all, allMargin, ours, oursMargin, theirs, theirsMargin, verdict) => {
      const targets = judgeWith([
        pairedRow('secret-hygiene-all', all, allMargin),
        pairedRow('secret-hygiene-no-hardcoded-secrets', ours, oursMargin),
        pairedRow('no-secrets', theirs, theirsMargin),
      ]);
      expect(targets[0]?.verdict).toBe(verdict);
      expect(targets[1]?.verdict).toBe(verdict);
    },
  );
});

describe('renderPairedTable', () => {
  it('shows each tool against the floor, and a failure as one line', () => {
    const floor = summary('floor').tool as EslintTool;
    const all = summary('secret-hygiene-all').tool as EslintTool;
    const table = renderPairedTable({
      rows: [
        {
          tool: floor,
          rounds: 2,
          totalMs: 2000,
          addedMs: 0,
          addedShare: 0,
          margin: 0,
          roundShares: [0, 0],
          findings: 0,
        },
        {
          tool: all,
          rounds: 2,
          totalMs: 2100,
          addedMs: 100,
          addedShare: 0.05,
          margin: 0.005,
          roundShares: [0.045, 0.055],
          findings: 3,
        },
      ],
      floorMs: 2000,
      error: undefined,
    });
    expect(table).toContain('5.0% ± 0.5%');
    expect(table.split('\n')).toHaveLength(4);

    expect(
      renderPairedTable({ rows: [], floorMs: undefined, error: 'crashed' }),
    ).toBe('The paired run failed: crashed.');
  });
});

describe('renderSpeedTable', () => {
  it('marks a failed tool and lists its reason apart', () => {
    const summaries = [
      summary('floor'),
      summary('secret-hygiene-all', { ok: false, error: 'rule x crashed' }),
      summary('biome', { ratioToFloor: 0.1, addedPerThousandLines: -5 }),
    ];
    const lines = renderSpeedTable(summaries).split('\n');
    expect(lines[3]).toMatch(/^\| secret-hygiene `all` +\| +failed \|/u);
    // Biome is not an addition to an ESLint run: no added time.
    expect(lines[4]).toMatch(/\| +– \| +195 MB \|/u);
    expect(listFailures(summaries)).toEqual([
      'secret-hygiene `all` failed: rule x crashed',
    ]);
  });
});

describe('isHostileFlagged', () => {
  const [measurement] = hostile.measurements;

  it.each([
    [0.2, 1, false],
    [150, 1, true],
    [30, 2, true],
    [30, 1.2, false],
    // Too fast for its growth to mean anything.
    [4, 3, false],
  ])('%j ms growing as length^%j: %j', (worstMs, exponent, flagged) => {
    expect(isHostileFlagged({ ...measurement, worstMs, exponent })).toBe(
      flagged,
    );
  });
});

describe('listGrowthToCheck', () => {
  it('names the rows between linear and the flag', () => {
    expect(
      listGrowthToCheck([
        scalingRow('a/linear', 'linear'),
        { ...scalingRow('b/unclear', 'to check'), exponent: 1.41 },
      ]),
    ).toEqual([
      'b/unclear on huge-string grew with exponent 1.41: between linear and ' +
        'the flag; run the scaling check again on a quiet machine.',
    ]);
  });
});
