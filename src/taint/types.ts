import type { TSESTree } from '@typescript-eslint/utils';

/**
 * What made a value secret:
 * - `accessor`: a call of the configured accessor (`getSecret("X")`);
 * - `source`: a call of a function from the `sources` setting;
 * - `env`: a read of a secret-named environment variable;
 * - `environment`: the whole environment (`process.env`);
 * - `headers`: request headers, or one header that carries credentials;
 * - `literal`: a string that the engine takes for a hardcoded secret;
 * - `name`: a binding or property whose name says secret (`password`);
 * - `parameter`: a parameter of the function being summarised, which is
 *   only a secret when a caller passes one (never reported by itself).
 */
export type OriginKind =
  | 'accessor'
  | 'env'
  | 'environment'
  | 'headers'
  | 'literal'
  | 'name'
  | 'parameter'
  | 'source';

export interface Origin {
  kind: OriginKind;
  /** The source expression, for its line and its text. */
  node: TSESTree.Node;
  /** Code to quote instead of the node's text (`process.env.X` for a
   * destructured environment variable). */
  code?: string;
  /** For `literal`: the secret the engine found, as a message may show it. */
  masked?: string;
}

/** A secret value, or an object or array that holds one. */
export interface Taint {
  origin: Origin;
  /** The expression that brings the secret into the one being evaluated:
   * the subject of a report (`dbPassword` in `"pw: " + dbPassword`). */
  carrier: TSESTree.Node;
  /** For an object built in this file, its secret-holding fields by name;
   * `undefined` when any field of the value may hold the secret. */
  fields: ReadonlyMap<string, Taint> | undefined;
  /** Inside a function being summarised: the positions of its parameters
   * that flow here, so that a call can put in what it passes. */
  parameters?: readonly number[];
}

// Past this many known fields an object is treated as opaque, so that
// repeated `config.x = …` assignments stay linear.
const MAX_TRACKED_FIELDS = 64;

// Values from real sources outrank names, which outrank parameters: a
// union keeps the origin that says most about the secret.
function getOriginRank(origin: Origin): number {
  switch (origin.kind) {
    case 'parameter':
      return 0;
    case 'name':
      return 1;
    default:
      return 2;
  }
}

/** Whether a taint comes from a secret and not only from a parameter. */
export function isReportable(taint: Taint, allowSecretNames: boolean): boolean {
  return getOriginRank(taint.origin) >= (allowSecretNames ? 2 : 1);
}

/** The same secret, carried by `carrier`. */
export function carriedBy(taint: Taint, carrier: TSESTree.Node): Taint {
  return taint.carrier === carrier ? taint : { ...taint, carrier };
}

/** The same secret as a plain value: field knowledge is dropped. */
export function asOpaque(taint: Taint, carrier: TSESTree.Node): Taint {
  return { ...taint, carrier, fields: undefined };
}

/**
 * The union of two taints, for a value that may be either (`a ?? b`, two
 * assignments): the stronger origin wins; known fields are merged, and an
 * opaque side makes the result opaque.
 */
export function unionTaint(
  left: Taint | undefined,
  right: Taint | undefined,
): Taint | undefined {
  if (!left) {
    return right;
  }
  if (!right || left === right) {
    return left;
  }

  const origin = pickOrigin(left.origin, right.origin);
  const carrier = origin === right.origin ? right.carrier : left.carrier;
  const parameters = mergeParameters(left.parameters, right.parameters);
  const fields =
    left.fields && right.fields
      ? mergeFields(left.fields, right.fields)
      : undefined;
  return parameters
    ? { origin, carrier, fields, parameters }
    : { origin, carrier, fields };
}

/**
 * A taint for an object whose known secret-holding fields are `fields`: it
 * takes the strongest field's origin and carrier, so that a report names
 * the field's source.
 */
export function createObjectTaint(
  fields: ReadonlyMap<string, Taint>,
): Taint | undefined {
  let strongest: Taint | undefined;
  let parameters: readonly number[] | undefined;
  for (const field of fields.values()) {
    strongest = pickStronger(strongest, field);
    parameters = mergeParameters(parameters, field.parameters);
  }
  if (!strongest) {
    return undefined;
  }

  const isTooLarge = fields.size > MAX_TRACKED_FIELDS;
  const taint: Taint = {
    origin: strongest.origin,
    carrier: strongest.carrier,
    fields: isTooLarge ? undefined : fields,
  };
  return parameters ? { ...taint, parameters } : taint;
}

// Ties keep the field met first.
function pickStronger(current: Taint | undefined, candidate: Taint): Taint {
  if (!current) {
    return candidate;
  }
  return pickOrigin(current.origin, candidate.origin) === current.origin
    ? current
    : candidate;
}

// Ties keep the left origin, the one met first.
function pickOrigin(left: Origin, right: Origin): Origin {
  return getOriginRank(right) > getOriginRank(left) ? right : left;
}

function mergeParameters(
  left: readonly number[] | undefined,
  right: readonly number[] | undefined,
): readonly number[] | undefined {
  if (!left || !right) {
    return left ?? right;
  }
  const merged = new Set([...left, ...right]);
  return merged.size === left.length ? left : [...merged];
}

function mergeFields(
  left: ReadonlyMap<string, Taint>,
  right: ReadonlyMap<string, Taint>,
): ReadonlyMap<string, Taint> | undefined {
  const merged = new Map(left);
  for (const [name, taint] of right) {
    merged.set(name, unionTaint(merged.get(name), taint) ?? taint);
  }
  return merged.size > MAX_TRACKED_FIELDS ? undefined : merged;
}

/** Whether a taint stands only for a parameter of a summarised function. */
export function isParameterTaint(taint: Taint | undefined): boolean {
  return taint?.origin.kind === 'parameter';
}
