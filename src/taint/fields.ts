import type { TSESTree } from '@typescript-eslint/utils';

import type { NameMatcher } from '../engine/index.js';
import {
  asOpaque,
  carriedBy,
  createObjectTaint,
  type Origin,
  type Taint,
} from './types.js';

/** A value that is secret by its name alone: `password`, `user.token`. */
export function createNameTaint(
  name: string,
  origin: TSESTree.Node,
  carrier: TSESTree.Node,
  nameMatcher: NameMatcher,
): Taint | undefined {
  return nameMatcher.isSecretName(name)
    ? { origin: { kind: 'name', node: origin }, carrier, fields: undefined }
    : undefined;
}

/**
 * A field of a secret-holding value, read as `node`: a known field's own
 * taint; for an opaque value, the value's taint unless the name is known and
 * not secret (`config.port`, `credentials.user`). `name` is `undefined` for
 * a computed key, which may be any field. `code` quotes a field read by a
 * destructuring pattern (`process.env.DB_PASSWORD`).
 */
export function getFieldTaint(
  taint: Taint,
  name: string | undefined,
  node: TSESTree.Node,
  nameMatcher: NameMatcher,
  code?: string,
): Taint | undefined {
  if (taint.fields) {
    if (name === undefined) {
      return asOpaque(taint, node);
    }
    const field = taint.fields.get(name);
    return field && carriedBy(field, node);
  }

  if (name === undefined) {
    return asOpaque(taint, node);
  }
  if (!nameMatcher.isSecretName(name)) {
    return undefined;
  }

  // One secret variable of the environment, one credential header.
  const { kind } = taint.origin;
  if (kind === 'environment' || kind === 'headers') {
    const origin: Origin = {
      kind: kind === 'environment' ? 'env' : 'headers',
      node,
      ...(code === undefined ? {} : { code }),
    };
    return { origin, carrier: node, fields: undefined };
  }
  if (kind === 'parameter') {
    return createNameTaint(name, node, node, nameMatcher);
  }
  return asOpaque(taint, node);
}

/** What `{ a, ...rest }` leaves in `rest`: the fields not taken before it. */
export function getRestTaint(
  taint: Taint,
  taken: readonly (string | undefined)[],
  node: TSESTree.Node,
): Taint | undefined {
  if (!taint.fields) {
    return asOpaque(taint, node);
  }
  const remaining = new Map(taint.fields);
  for (const name of taken) {
    if (name !== undefined) {
      remaining.delete(name);
    }
  }
  return createObjectTaint(remaining);
}
