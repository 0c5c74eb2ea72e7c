import { crc32 } from 'node:zlib';

import { parse } from '@typescript-eslint/parser';
import { describe, expect, it } from 'vitest';

import { createEvalCases } from '../../bench/eval/cases.js';
import {
  buildChecksummed,
  encodeBase62,
  TOKEN_FORMATS,
} from '../../bench/eval/tokens.js';
import { createRandom } from '../../bench/random.js';

describe('encodeBase62', () => {
  it.each([
    [0, '000000'],
    [61, '00000z'],
    [62, '000010'],
    [4_294_967_295, '4gfFC3'],
  ])('encodes %j as %j', (value, text) => {
    expect(encodeBase62(value)).toBe(text);
  });
});

describe('buildChecksummed', () => {
  it("ends with the base62 CRC32 of the 30 random characters, as GitHub's and npm's tokens do", () => {
    const value = buildChecksummed('npm_', createRandom(7));
    expect(value).toMatch(/^npm_[\dA-Za-z]{36}$/u);
    const entropy = value.slice(4, 34);
    expect(value.slice(34)).toBe(encodeBase62(crc32(entropy)));
  });
});

describe('TOKEN_FORMATS', () => {
  it('covers every family with distinct providers', () => {
    const providers = TOKEN_FORMATS.map(format => format.provider);
    expect(new Set(providers).size).toBe(providers.length);
    expect(new Set(TOKEN_FORMATS.map(format => format.family)).size).toBe(8);
  });

  it.each(TOKEN_FORMATS.map(format => [format.provider, format] as const))(
    '%s builds a quote-free value that differs per draw',
    (_provider, format) => {
      const random = createRandom(42);
      const first = format.build(random, 0);
      const second = format.build(random, 0);
      expect(first).toMatch(/^[^\s"'`\\]{16,}$/u);
      expect(first).not.toBe(second);
    },
  );
});

describe('createEvalCases', () => {
  const cases = createEvalCases();

  it('is the same on every run', () => {
    expect(createEvalCases()).toEqual(cases);
  });

  it('gives every case its own file', () => {
    const files = cases.map(evalCase => evalCase.file);
    expect(new Set(files).size).toBe(files.length);
  });

  it('holds positives of every kind and negatives', () => {
    const categories = new Set(
      cases.flatMap(evalCase => evalCase.labels.map(label => label.category)),
    );
    expect([...categories].sort()).toEqual([
      'env-access',
      'fallback',
      'hardcoded',
      'logged',
    ]);
    expect(
      cases.filter(evalCase => evalCase.file.startsWith('negatives/')).length,
    ).toBeGreaterThan(30);
  });

  it.each(cases.map(evalCase => [evalCase.file, evalCase] as const))(
    '%s parses and its labels fall on its lines',
    (file, evalCase) => {
      expect(() =>
        parse(evalCase.code, {
          filePath: file,
          ecmaFeatures: { jsx: file.endsWith('.tsx') },
          sourceType: 'module',
        }),
      ).not.toThrow();
      const lineCount = evalCase.code.split('\n').length;
      for (const label of evalCase.labels) {
        expect(label.line).toBeGreaterThanOrEqual(1);
        expect(label.endLine).toBeGreaterThanOrEqual(label.line);
        expect(label.endLine).toBeLessThanOrEqual(lineCount);
      }
    },
  );
});
