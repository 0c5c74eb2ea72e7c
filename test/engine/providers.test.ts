import { describe, expect, it } from 'vitest';

import {
  PROVIDERS,
  scanString,
  type ScanContext,
} from '../../src/engine/index.js';
import { createRandomText, TOKEN_SAMPLES } from './tokenSamples.js';

const cases = PROVIDERS.map((provider, index) => ({
  id: provider.id,
  provider,
  sample: TOKEN_SAMPLES[provider.id],
  seed: index * 7919,
}));

function makeSamples(id: string, seed: number): string[] {
  const sample = TOKEN_SAMPLES[id];
  if (!sample) {
    throw new Error(`no sample builder for ${id}`);
  }
  return [1, 2].map(offset => sample.make(createRandomText(seed + offset)));
}

function contextFor(id: string): ScanContext {
  const name = TOKEN_SAMPLES[id]?.name;
  return name === undefined ? {} : { name };
}

function findIds(text: string, context: ScanContext): string[] {
  return scanString(text, context).map(finding => finding.id);
}

describe('the provider list', () => {
  it('has at least 150 formats with unique kebab-case ids', () => {
    const ids = PROVIDERS.map(provider => provider.id);

    expect(ids.length).toBeGreaterThanOrEqual(150);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.every(id => /^[\da-z]+(?:-[\da-z]+)*$/u.test(id))).toBe(true);
  });

  it.each(cases)(
    '$id has a sample builder, a gate and a global pattern',
    ({ provider, sample }) => {
      expect(sample).toBeDefined();
      expect(provider.pattern.global).toBe(true);
      expect(
        provider.keywords.length + (provider.nameWords?.length ?? 0),
      ).toBeGreaterThan(0);
      expect(provider.title).not.toBe('');
    },
  );

  it.each(cases.filter(({ provider }) => provider.keywords.length > 0))(
    '$id: every sample holds one of its keywords',
    ({ id, provider, seed }) => {
      for (const token of makeSamples(id, seed)) {
        expect(provider.keywords.some(keyword => token.includes(keyword))).toBe(
          true,
        );
      }
    },
  );
});

describe('positives: real-format tokens built at run time', () => {
  it.each(cases)('$id is found on its own', ({ id, seed }) => {
    for (const token of makeSamples(id, seed)) {
      expect(findIds(token, contextFor(id))).toContain(id);
    }
  });

  it.each(cases.filter(({ sample }) => sample?.name === undefined))(
    '$id is found inside a longer string, at its span',
    ({ id, seed }) => {
      for (const token of makeSamples(id, seed)) {
        const text = `token: ${token} (rotate)`;
        const finding = scanString(text).find(found => found.id === id);

        expect(finding).toBeDefined();
        expect(finding?.start).toBe('token: '.length);
        expect(text.slice(finding?.start, finding?.end)).toContain(
          token.split('\n')[0],
        );
      }
    },
  );

  it.each(cases)('$id is masked in its finding', ({ id, seed }) => {
    const [token = ''] = makeSamples(id, seed);
    const finding = scanString(token, contextFor(id)).find(
      found => found.id === id,
    );

    expect(finding?.masked).toMatch(/^.{0,4}….{0,4}$/su);
    expect(finding?.masked).not.toContain(token.slice(4, -4));
  });
});

describe('negatives: near misses', () => {
  // A key block cut in half is still a key; key blocks have their own test.
  it.each(cases.filter(({ provider }) => provider.getEnd === undefined))(
    '$id is not found in the first half of a token',
    ({ id, seed }) => {
      for (const token of makeSamples(id, seed)) {
        const half = token.slice(0, Math.ceil(token.length / 2));

        expect(findIds(half, contextFor(id))).not.toContain(id);
      }
    },
  );

  it.each(cases.filter(({ provider }) => provider.keywords.length > 0))(
    '$id is not found when its keyword is misspelt',
    ({ id, provider, seed }) => {
      for (const token of makeSamples(id, seed)) {
        let broken = token;
        for (const keyword of provider.keywords) {
          broken = broken.replaceAll(keyword, misspell(keyword));
        }

        expect(findIds(broken, {})).not.toContain(id);
      }
    },
  );

  it.each(cases.filter(({ sample }) => sample?.name !== undefined))(
    '$id needs its name: not found under an unrelated name',
    ({ id, seed }) => {
      for (const token of makeSamples(id, seed)) {
        expect(findIds(token, { name: 'fooBarBaz' })).not.toContain(id);
      }
    },
  );

  it.each(
    cases.filter(
      ({ provider, id, seed }) =>
        provider.keywords.length > 0 &&
        makeSamples(id, seed).every(token =>
          provider.keywords.some(keyword => token.startsWith(keyword)),
        ),
    ),
  )('$id is not found with a placeholder body', ({ id, provider, seed }) => {
    for (const token of makeSamples(id, seed)) {
      const keyword =
        provider.keywords.find(candidate => token.startsWith(candidate)) ?? '';
      const dummy = keyword + 'x'.repeat(token.length - keyword.length);

      expect(findIds(dummy, {})).not.toContain(id);
    }
  });
});

// Changes the first letter's case, or the first character, so that the
// keyword no longer occurs: `ghp_` → `Ghp_`, `1//0` → `Q//0`.
function misspell(keyword: string): string {
  const first = keyword.charAt(0);
  const swapped =
    first === first.toUpperCase() ? first.toLowerCase() : first.toUpperCase();
  return (swapped === first ? 'Q' : swapped) + keyword.slice(1);
}
