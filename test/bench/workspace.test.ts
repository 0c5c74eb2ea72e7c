import { describe, expect, it } from 'vitest';

import { getCopyPath, sliceEvenly } from '../../bench/workspace.js';

describe('sliceEvenly', () => {
  const items = Array.from({ length: 10 }, (_, index) => index);

  it('takes every n-th item', () => {
    expect(sliceEvenly(items, 5)).toEqual([0, 2, 4, 6, 8]);
    expect(sliceEvenly(items, 3)).toEqual([0, 3, 6]);
  });

  it('takes everything without a count or with a large one', () => {
    expect(sliceEvenly(items, undefined)).toEqual(items);
    expect(sliceEvenly(items, 50)).toEqual(items);
  });
});

describe('getCopyPath', () => {
  it('drops the node_modules folder', () => {
    expect(
      getCopyPath({
        path: 'node_modules/@nestjs/core/index.js',
        packageName: '@nestjs/core',
      }),
    ).toBe('@nestjs/core/index.js');
  });
});
