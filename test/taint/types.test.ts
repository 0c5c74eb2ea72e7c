import type { TSESTree } from '@typescript-eslint/utils';
import { describe, expect, it } from 'vitest';

import {
  asOpaque,
  carriedBy,
  createObjectTaint,
  isParameterTaint,
  isReportable,
  type Origin,
  type OriginKind,
  type Taint,
  unionTaint,
} from '../../src/taint/types.js';

// Stand-ins for AST nodes: the helpers only compare them by identity.
function createNode(name: string): TSESTree.Node {
  return { type: 'Identifier', name } as unknown as TSESTree.Node;
}

function createTaint(kind: OriginKind, name: string = kind): Taint {
  const node = createNode(name);
  const origin: Origin = { kind, node };
  return { origin, carrier: node, fields: undefined };
}

describe('unionTaint', () => {
  it('returns the other side when one side is clean', () => {
    const taint = createTaint('accessor');

    expect(unionTaint(undefined, taint)).toBe(taint);
    expect(unionTaint(taint, undefined)).toBe(taint);
    expect(unionTaint(undefined, undefined)).toBeUndefined();
  });

  it('keeps the origin that says most about the secret', () => {
    const named = createTaint('name');
    const accessor = createTaint('accessor');
    const parameter = createTaint('parameter');

    expect(unionTaint(named, accessor)?.origin).toBe(accessor.origin);
    expect(unionTaint(accessor, named)?.origin).toBe(accessor.origin);
    expect(unionTaint(parameter, named)?.origin).toBe(named.origin);
    expect(unionTaint(named, createTaint('name', 'other'))?.origin).toBe(
      named.origin,
    );
  });

  it('merges known fields and drops them when one side is opaque', () => {
    const token = createTaint('accessor', 'token');
    const url = createTaint('env', 'url');
    const left = createObjectTaint(new Map([['token', token]]));
    const right = createObjectTaint(new Map([['url', url]]));

    const merged = unionTaint(left, right);
    expect([...(merged?.fields?.keys() ?? [])]).toEqual(['token', 'url']);
    expect(unionTaint(left, token)?.fields).toBeUndefined();
  });

  it('merges the parameters that flow in', () => {
    const first = { ...createTaint('parameter'), parameters: [0] };
    const second = { ...createTaint('parameter'), parameters: [1, 0] };

    expect(unionTaint(first, second)?.parameters).toEqual([0, 1]);
    expect(unionTaint(first, createTaint('name'))?.parameters).toEqual([0]);
  });
});

describe('createObjectTaint', () => {
  it('is clean without secret fields', () => {
    expect(createObjectTaint(new Map())).toBeUndefined();
  });

  it('takes the strongest field for its origin and carrier', () => {
    const named = createTaint('name', 'password');
    const accessor = createTaint('accessor', 'apiKey');
    const taint = createObjectTaint(
      new Map([
        ['password', named],
        ['apiKey', accessor],
      ]),
    );

    expect(taint?.origin).toBe(accessor.origin);
    expect(taint?.carrier).toBe(accessor.carrier);
    expect(taint?.fields?.size).toBe(2);
  });

  it('forgets the fields of an object past 64 of them', () => {
    const fields = new Map(
      Array.from({ length: 65 }, (_, index) => [
        `field${String(index)}`,
        createTaint('accessor'),
      ]),
    );

    expect(createObjectTaint(fields)?.fields).toBeUndefined();
  });
});

describe('carriedBy and asOpaque', () => {
  it('changes only the carrier, or the carrier and the fields', () => {
    const taint = createObjectTaint(
      new Map([['token', createTaint('accessor')]]),
    );
    const carrier = createNode('config');

    expect(taint && carriedBy(taint, carrier)).toMatchObject({
      origin: taint?.origin,
      carrier,
      fields: taint?.fields,
    });
    expect(taint && asOpaque(taint, carrier)).toMatchObject({
      origin: taint?.origin,
      carrier,
      fields: undefined,
    });
    expect(taint && carriedBy(taint, taint.carrier)).toBe(taint);
  });
});

describe('isReportable and isParameterTaint', () => {
  it.each([
    ['accessor', false, true],
    ['accessor', true, true],
    ['literal', true, true],
    ['name', false, true],
    ['name', true, false],
    ['parameter', false, false],
  ] as const)('%s with allowSecretNames %s: %s', (kind, allow, expected) => {
    expect(isReportable(createTaint(kind), allow)).toBe(expected);
  });

  it('tells a parameter apart', () => {
    expect(isParameterTaint(createTaint('parameter'))).toBe(true);
    expect(isParameterTaint(createTaint('name'))).toBe(false);
    expect(isParameterTaint(undefined)).toBe(false);
  });
});
