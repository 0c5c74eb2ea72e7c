import { describe, expect, it } from 'vitest';

import {
  createKeywordPrefilter,
  MIN_GATED_TOKEN_LENGTH,
} from '../../src/engine/prefilter.js';

const prefilter = createKeywordPrefilter([
  ['ghp_', 0],
  ['gho_', 1],
  ['SK', 2],
  ['BEGIN RSA PRIVATE KEY', 3],
  ['-us', 4],
  ['ghp_', 5],
]);

const find = (text: string): number[] =>
  [...prefilter.findTargets(text)].sort((left, right) => left - right);

describe('createKeywordPrefilter', () => {
  it('finds the targets of every keyword in a run', () => {
    expect(find('x ghp_0123456789abcdef gho_0123456789abcdef')).toEqual([
      0, 1, 5,
    ]);
  });

  it('finds two-character keywords and keywords at the end of a run', () => {
    expect(find('SK0123456789abcdef0123')).toEqual([2]);
    expect(find('0123456789abcdef0123-us')).toEqual([4]);
  });

  it('finds keywords with spaces anywhere in the text', () => {
    expect(find('-----BEGIN RSA PRIVATE KEY-----')).toEqual([3]);
  });

  it('reports each target once', () => {
    expect(find('ghp_0123456789abcdef ghp_0123456789abcdef')).toEqual([0, 5]);
  });

  it('skips runs too short to hold a token', () => {
    expect(MIN_GATED_TOKEN_LENGTH).toBe(16);
    expect(find('ghp_short words SK')).toEqual([]);
  });

  it('ignores keywords that are only case variants', () => {
    expect(find('GHP_0123456789abcdef0123')).toEqual([]);
  });

  it('handles non-ASCII text and the end of a run', () => {
    expect(find('ééééééééééééééééééééghp_')).toEqual([0, 5]);
    expect(find('ééééééééééééééééééééé')).toEqual([]);
  });

  it('rejects keywords it cannot index', () => {
    expect(() => createKeywordPrefilter([['g', 0]])).toThrow(/two or more/u);
    expect(() => createKeywordPrefilter([['é_x', 0]])).toThrow(/ASCII/u);
  });
});
