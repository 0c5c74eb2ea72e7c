import {
  AST_NODE_TYPES,
  type TSESLint,
  type TSESTree,
} from '@typescript-eslint/utils';

import type { NameMatcher } from '../engine/index.js';
import { getEnvRead } from '../util/envAccess.js';
import {
  getDottedName,
  getLastName,
  getMethodCall,
  getStringValue,
  unwrapExpression,
} from './ast.js';
import type { Origin } from './types.js';

/** The settings that say which calls return secrets. */
export interface SourceSettings {
  accessorName: string;
  /** Extra source functions: a name (`readSecret`) or a dotted path
   * (`vault.read`) as written in code. */
  sources: readonly string[];
  nameMatcher: NameMatcher;
}

/** How a call of an imported function is named in its module. */
export type ImportedNameResolver = (
  identifier: TSESTree.Identifier,
) => string | undefined;

// Methods that read one header by name: `headers.get("authorization")`,
// Express's `req.get("Authorization")` and `req.header(…)`, Node's
// `res.getHeader(…)`.
const HEADER_GETTERS = new Set(['get', 'getHeader', 'header']);

// Objects whose header getters read request headers.
const REQUEST_NAMES = new Set(['headers', 'req', 'request']);

/**
 * Whether `call` calls the accessor or a configured source function,
 * directly, as a method (`secrets.getSecret("X")`) or under an import
 * alias (`import { getSecret as secret }`).
 */
export function getSourceCallKind(
  call: TSESTree.CallExpression,
  settings: SourceSettings,
  getImportedName: ImportedNameResolver,
): 'accessor' | 'source' | undefined {
  const callee = unwrapExpression(call.callee);
  const names = getCalleeNames(callee, getImportedName);
  if (names.includes(settings.accessorName)) {
    return 'accessor';
  }

  const dotted = getDottedName(callee);
  const isSource = settings.sources.some(source =>
    source.includes('.') ? source === dotted : names.includes(source),
  );
  return isSource ? 'source' : undefined;
}

/**
 * The names a callee goes by: an identifier's own name and the name it was
 * imported as, or a method's name.
 */
export function getCalleeNames(
  callee: TSESTree.Node,
  getImportedName: ImportedNameResolver,
): string[] {
  if (callee.type === AST_NODE_TYPES.Identifier) {
    const imported = getImportedName(callee);
    return imported === undefined ? [callee.name] : [callee.name, imported];
  }
  const name = getLastName(callee);
  return name === undefined ? [] : [name];
}

/**
 * What an environment read gives: `process.env.DB_PASSWORD` (a secret
 * variable), `process.env` as a whole, or `null` for a read that is known
 * and clean (`process.env.PORT`, `process.env[name]`). `undefined` when
 * `node` does not read the environment.
 */
export function getEnvOrigin(
  node: TSESTree.Node,
  sourceCode: Readonly<TSESLint.SourceCode>,
  nameMatcher: NameMatcher,
): Origin | null | undefined {
  const read = getEnvRead(node, sourceCode);
  if (read?.node !== node) {
    return undefined;
  }

  switch (read.kind) {
    case 'whole':
      return { kind: 'environment', node };
    case 'variable':
      return read.name !== undefined && nameMatcher.isSecretName(read.name)
        ? { kind: 'env', node }
        : null;
    default:
      // Limitation: `process.env[name]` may read anything; without the
      // name the rule cannot tell, and stays quiet.
      return null;
  }
}

/**
 * `request.headers.get("authorization")`, `req.get("Cookie")`,
 * `req.header("x-api-key")`: a header getter called with a secret name on
 * request headers or on a request. `isHeaders` says whether the receiver
 * evaluates to request headers.
 */
export function isCredentialHeaderCall(
  call: TSESTree.CallExpression,
  nameMatcher: NameMatcher,
  isHeaders: (node: TSESTree.Node) => boolean,
): boolean {
  const method = getMethodCall(call);
  if (!method || !HEADER_GETTERS.has(method.method)) {
    return false;
  }

  const first = call.arguments.at(0);
  const header = first && getStringValue(first);
  if (header === undefined || !nameMatcher.isSecretName(header)) {
    return false;
  }

  const receiverName = getLastName(method.object);
  return (
    (receiverName !== undefined && REQUEST_NAMES.has(receiverName)) ||
    isHeaders(method.object)
  );
}

/** `x.headers`: request (or response) headers, which carry credentials. */
export function isHeadersMember(node: TSESTree.MemberExpression): boolean {
  return (
    !node.computed &&
    node.property.type === AST_NODE_TYPES.Identifier &&
    node.property.name === 'headers' &&
    node.object.type !== AST_NODE_TYPES.ThisExpression &&
    node.object.type !== AST_NODE_TYPES.Super
  );
}
