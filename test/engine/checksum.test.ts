import { crc32 as zlibCrc32 } from 'node:zlib';

import { describe, expect, it } from 'vitest';

import {
  crc32,
  hasBase62Crc32Checksum,
  toBase62,
} from '../../src/engine/checksum.js';
import { B62, createRandomText, makeChecksummedToken } from './tokenSamples.js';

describe('crc32', () => {
  it('gives the standard check value', () => {
    expect(crc32('123456789')).toBe(0xcbf43926);
  });

  it('agrees with zlib on random text', () => {
    const random = createRandomText(11);
    for (let index = 0; index < 50; index++) {
      const text = random(B62, 30);

      expect(crc32(text)).toBe(zlibCrc32(text));
    }
  });
});

describe('toBase62', () => {
  it.each([
    [0, 6, '000000'],
    [61, 6, '00000z'],
    [62, 6, '000010'],
    [0xffffffff, 6, '4gfFC3'],
  ])('writes %d in %d digits as %j', (value, width, expected) => {
    expect(toBase62(value, width)).toBe(expected);
  });
});

describe('hasBase62Crc32Checksum', () => {
  const random = createRandomText(12);

  it('accepts GitHub-style tokens built with their checksum', () => {
    for (let index = 0; index < 20; index++) {
      const token = makeChecksummedToken('ghp_', random(B62, 30));

      expect(hasBase62Crc32Checksum(token, 4)).toBe(true);
    }
  });

  it('rejects a token with one character changed', () => {
    const token = makeChecksummedToken('npm_', random(B62, 30));
    const changed =
      token.slice(0, 10) + (token[10] === 'a' ? 'b' : 'a') + token.slice(11);

    expect(hasBase62Crc32Checksum(changed, 4)).toBe(false);
  });

  it('rejects a token with nothing between prefix and checksum', () => {
    expect(hasBase62Crc32Checksum('ghp_000000', 10)).toBe(false);
  });
});
