import { parse } from '@typescript-eslint/parser';
import { describe, expect, it } from 'vitest';

import { SYNTHETIC_SHAPES } from '../../bench/synthetic.js';

describe.each(SYNTHETIC_SHAPES.map(shape => [shape.id, shape] as const))(
  'synthetic input %s',
  (_id, shape) => {
    it('parses', () => {
      expect(() =>
        parse(shape.generate(1), { filePath: 'synthetic.ts' }),
      ).not.toThrow();
    });

    it('is the same on every run', () => {
      expect(shape.generate(1)).toBe(shape.generate(1));
    });

    it('grows in proportion to its size', () => {
      const small = shape.generate(2).length;
      const large = shape.generate(4).length;
      expect(large / small).toBeGreaterThan(1.8);
      expect(large / small).toBeLessThan(2.2);
    });
  },
);
