import { describe, expect, it } from 'vitest';

import {
  getShannonEntropy,
  isHighEntropyToken,
  profileCharacters,
} from '../../src/engine/entropy.js';
import { DEFAULT_ENTROPY_THRESHOLDS } from '../../src/engine/index.js';
import { B62, createRandomText, HEX } from './tokenSamples.js';

const isHigh = (text: string): boolean =>
  isHighEntropyToken(text, profileCharacters(text), DEFAULT_ENTROPY_THRESHOLDS);

describe('getShannonEntropy', () => {
  it.each([
    ['', 0],
    ['aaaa', 0],
    ['abab', 1],
    ['abcd', 2],
    ['0123456789abcdef', 4],
  ])('gives %j %d bits per character', (text, bits) => {
    expect(getShannonEntropy(text)).toBeCloseTo(bits, 5);
  });
});

describe('profileCharacters', () => {
  it('tells hex from base64 and counts character classes', () => {
    expect(profileCharacters('deadbeef0123').charset).toBe('hex');
    expect(profileCharacters('DEADBEEF0123').charset).toBe('hex');
    expect(profileCharacters('DeadBeef0123').charset).toBe('base64');
    expect(profileCharacters('a b').hasOther).toBe(true);
    expect(profileCharacters('é').hasOther).toBe(true);
    expect(profileCharacters('someIdentifier').longestLetterRun).toBe(9);
  });
});

describe('isHighEntropyToken', () => {
  const random = createRandomText(21);

  it('accepts random base62 keys of 32 characters', () => {
    let accepted = 0;
    for (let index = 0; index < 100; index++) {
      accepted += Number(isHigh(random(B62, 32)));
    }

    expect(accepted).toBeGreaterThanOrEqual(90);
  });

  it('accepts random hex of 40 characters at the hex threshold', () => {
    expect(isHigh(random(HEX, 40))).toBe(true);
  });

  it.each([
    'thisIsAVeryLongIdentifierName2024',
    'CONSTANT_NAME_WITH_NUMBERS_2024',
    '//github.com/winstonjs/winston/tree/master/UPGRADE-3.0.md',
    'resources/V2/Core/Vault/GbBankAccounts.js',
    'Short1aB',
    'with spaces 8fA3kQ0zLm2pX9',
    'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa',
  ])('rejects %j', text => {
    expect(isHigh(text)).toBe(false);
  });

  it('needs the hex minimum length for hex', () => {
    expect(isHigh(random(HEX, 24))).toBe(false);
  });
});
