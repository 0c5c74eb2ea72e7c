import { describe, expect, it } from 'vitest';

import {
  type BindingWrite,
  countWritesBefore,
} from '../../src/taint/bindings.js';

// Only `effect` matters to the search.
function createWrites(effects: readonly number[]): BindingWrite[] {
  return effects.map(
    effect => ({ kind: 'field', effect }) as unknown as BindingWrite,
  );
}

describe('countWritesBefore', () => {
  it.each([
    [[], 10, 0],
    [[5], 4, 0],
    [[5], 5, 1],
    [[5], 6, 1],
    [[5, 10, 15], 0, 0],
    [[5, 10, 15], 12, 2],
    [[5, 10, 15], 99, 3],
    [[5, 5, 9], 5, 2],
  ])('counts the writes of %j before %i: %i', (effects, position, count) => {
    expect(countWritesBefore(createWrites(effects), position)).toBe(count);
  });
});
