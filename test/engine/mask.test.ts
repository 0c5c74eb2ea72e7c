import { describe, expect, it } from 'vitest';

import { maskSecret } from '../../src/engine/index.js';

describe('maskSecret', () => {
  it.each([
    ['', '…'],
    ['abc', '…'],
    ['hunter2', 'h…2'],
    ['correcthorse', 'cor…rse'],
    ['AKIA' + 'IOSFODNN7' + 'EXAMPLE', 'AKIA…MPLE'],
    ['line1\nline2\nline3\nline4', 'line…ine4'],
    ['ab\ncd\nef\ngh\nij\nkl', 'ab·c…j·kl'],
  ])('masks %j as %j', (value, masked) => {
    expect(maskSecret(value)).toBe(masked);
  });

  it('never shows more than half of the value, nor more than 8 characters', () => {
    for (let length = 0; length < 200; length++) {
      const value = 'x'.repeat(length);
      const shown = maskSecret(value).replace('…', '').length;

      expect(shown).toBeLessThanOrEqual(Math.min(8, length / 2));
    }
  });
});
