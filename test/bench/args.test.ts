import { describe, expect, it } from 'vitest';

import {
  BENCH_PARTS,
  formatBenchCommand,
  formatEvalCommand,
  parseBenchArgs,
  parseEvalArgs,
} from '../../bench/args.js';

describe('parseBenchArgs', () => {
  it('defaults to the full run', () => {
    const options = parseBenchArgs([]);
    expect(options).toMatchObject({
      files: undefined,
      runs: 3,
      rounds: 5,
      tools: undefined,
      parts: BENCH_PARTS,
      eslint: '10',
      scale: 2,
      repeats: 5,
      peers: false,
    });
    expect(formatBenchCommand(options)).toBe('npm run bench');
  });

  it('reads every option and gives them back as a command', () => {
    const argv = [
      '--files',
      '300',
      '--runs',
      '1',
      '--rounds',
      '2',
      '--tools',
      'no-secrets, biome',
      '--parts',
      'speed,hostile',
      '--eslint',
      '9',
      '--scale',
      '0.5',
      '--repeats',
      '3',
      '--peers',
    ];
    const options = parseBenchArgs(argv);
    expect(options).toMatchObject({
      files: 300,
      runs: 1,
      rounds: 2,
      tools: ['no-secrets', 'biome'],
      parts: ['speed', 'hostile'],
      eslint: '9',
      scale: 0.5,
      repeats: 3,
      peers: true,
    });
    expect(formatBenchCommand(options)).toBe(
      'npm run bench -- --files 300 --runs 1 --rounds 2 --tools no-secrets,biome ' +
        '--parts speed,hostile --eslint 9 --scale 0.5 --repeats 3 --peers',
    );
  });

  it.each([
    [['--files', '0'], '--files'],
    [['--runs', '1.5'], '--runs'],
    [['--rounds', '0'], '--rounds'],
    [['--parts', 'speed,colour'], 'unknown part "colour"'],
    [['--eslint', '8'], '--eslint'],
    [['--scale', '-1'], '--scale'],
    [['--unknown'], 'Unknown option'],
  ])('rejects %j', (argv, message) => {
    expect(() => parseBenchArgs(argv)).toThrow(message);
  });
});

describe('parseEvalArgs', () => {
  it('defaults to the cases and the whole corpus', () => {
    const options = parseEvalArgs([]);
    expect(options).toMatchObject({
      files: undefined,
      skipCorpus: false,
      update: false,
    });
    expect(formatEvalCommand(options)).toBe('npm run eval');
  });

  it('leaves --update out of the command that reproduces the figures', () => {
    const options = parseEvalArgs([
      '--files',
      '200',
      '--skip-corpus',
      '--update',
      '--tools',
      'secret-hygiene',
    ]);
    expect(formatEvalCommand(options)).toBe(
      'npm run eval -- --files 200 --tools secret-hygiene --skip-corpus',
    );
  });
});
