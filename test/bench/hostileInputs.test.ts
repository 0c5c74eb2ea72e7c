import { RegExpParser } from '@eslint-community/regexpp';
import { describe, expect, it } from 'vitest';

import {
  buildHostileInputs,
  renderHostileInput,
  sampleOf,
} from '../../bench/hostileInputs.js';
import {
  dedupePatterns,
  findPatternsInCode,
  findPatternsInExports,
} from '../../bench/patterns.js';

const pattern = (source: string, flags = 'u') => ({
  source,
  flags,
  origin: 'test',
});

describe('buildHostileInputs', () => {
  it('leads to the loop with the text before it, then repeats what it matches', () => {
    const inputs = buildHostileInputs(
      pattern('(?<!\\w)tok_[\\dA-Za-z]{36}(?!\\w)', 'gu'),
    );
    expect(inputs).toContainEqual({
      prefix: 'tok_',
      unit: 'a',
      breaker: '\u0000',
    });
    // The run alone too: a search that restarts at every position.
    expect(inputs).toContainEqual({ prefix: '', unit: 'a', breaker: '!' });
  });

  it('finds a character a negated class matches', () => {
    const [input] = buildHostileInputs(pattern('"[^"]*"'));
    expect(input).toMatchObject({ prefix: '"', unit: 'a' });
  });

  it('repeats a whole group', () => {
    const inputs = buildHostileInputs(pattern('^(?:ab\\d)+$'));
    expect(inputs[0]?.unit).toBe('ab0');
  });

  it('skips loops bounded too low to hurt, and bad patterns', () => {
    expect(buildHostileInputs(pattern('^[\\da-f]{8}-[\\da-f]{4}$'))).toEqual(
      [],
    );
    expect(buildHostileInputs(pattern('(unclosed'))).toEqual([]);
  });

  it('builds inputs that make a quadratic pattern show it', () => {
    const inputs = buildHostileInputs(pattern('\\d+$'));
    expect(inputs[0]).toEqual({ prefix: '', unit: '0', breaker: '\u0000' });
    expect(
      renderHostileInput({ prefix: 'k', unit: '01', breaker: '!' }, 5),
    ).toBe('k010101!');
  });
});

describe('sampleOf', () => {
  it.each([
    ['a', 'a'],
    ['\\d', '0'],
    ['\\s', ' '],
    ['[\\dA-Za-z]', 'a'],
    ['[^\\w]', '-'],
    ['(?:xy|z){3}', 'xyxyxy'],
    ['\\bq$', 'q'],
  ])('of /%s/ is %j', (source, sample) => {
    const ast = new RegExpParser().parseLiteral(`/${source}/u`);
    expect(sampleOf(ast.pattern, 'u')).toBe(sample);
  });
});

describe('findPatternsInCode', () => {
  it('finds literals and RegExp calls with a literal source', () => {
    const code = [
      'const a = /ab+c/giu;',
      "const b = new RegExp('x\\\\d+', 'u');",
      'const c = RegExp(source);',
    ].join('\n');
    expect(findPatternsInCode(code, 'src/a.ts')).toEqual([
      { source: 'ab+c', flags: 'giu', origin: 'src/a.ts:1' },
      { source: 'x\\d+', flags: 'u', origin: 'src/a.ts:2' },
    ]);
  });

  it('returns nothing for code that does not parse', () => {
    expect(findPatternsInCode('const = ;', 'src/b.ts')).toEqual([]);
  });
});

describe('findPatternsInExports', () => {
  it('finds patterns in any exported list of objects, and exported ones', () => {
    const patterns = findPatternsInExports({
      providers: [
        { id: 'one', pattern: /one_\w+/gu, keywords: ['one_'] },
        { id: 'two', pattern: /two_\w+/gu, validate: /^\w+$/u },
      ],
      SEPARATOR: /[,;]/u,
      names: ['a', 'b'],
    });
    expect(patterns.map(found => found.origin)).toEqual([
      'providers one (pattern)',
      'providers two (pattern)',
      'providers two (validate)',
      'export SEPARATOR',
    ]);
  });

  it('keeps one of each source and flags', () => {
    expect(
      dedupePatterns([pattern('a+'), pattern('a+'), pattern('a+', 'gu')]),
    ).toHaveLength(2);
  });
});
