import {
  AST_NODE_TYPES,
  type TSESLint,
  type TSESTree,
} from '@typescript-eslint/utils';

import {
  type FileAliases,
  getFileAliases,
  getObjectKind,
  getPatternSourceKind,
  getVariableKind,
  mayReadEnvironment,
} from './envObjects.js';
import { getStaticKeyName, getStaticString } from './staticKeys.js';
import {
  getOuterExpression,
  skipTransparentWrappers,
} from './transparentWrappers.js';
import { getWriteRole } from './writeRole.js';
import { resolveVariable } from './resolveVariable.js';

type Variable = TSESLint.Scope.Variable;
type SourceCode = Readonly<TSESLint.SourceCode>;

/** One read of the process environment. */
export interface EnvRead {
  /** The node that reads: `process.env.X`, `env.X`, `Deno.env.get("X")`, or
   *  the environment object itself (`process.env`, an alias) for
   *  whole-environment uses. A variable read out of a destructuring pattern
   *  (`const { X } = process.env`) is the pattern's `Property`, and a rest
   *  element (`...rest`) is a whole read. */
  node: TSESTree.Node;
  /** The variable name for a static read (`X`); undefined otherwise. */
  name: string | undefined;
  kind: 'variable' | 'dynamic' | 'whole';
}

/** One write to the process environment, in the same shape as a read. */
export type EnvWrite = EnvRead;

// The `Deno.env` methods that read one variable, or the whole environment.
const DENO_VARIABLE_READERS = new Set(['get', 'has']);
const DENO_WRITERS = new Set(['delete', 'set']);
const DENO_METHODS = new Set([
  ...DENO_VARIABLE_READERS,
  ...DENO_WRITERS,
  'toObject',
]);

// Vite's own `import.meta.env` constants, which no environment sets.
const VITE_CONSTANTS = new Set(['BASE_URL', 'DEV', 'MODE', 'PROD', 'SSR']);

/**
 * Whether `node` reads the process environment, by scope analysis: a local
 * `process` or `env` that shadows the global is not the environment. Writes
 * (`process.env.X = "v"`) are not reads; compound assignments are both.
 */
export function getEnvRead(
  node: TSESTree.Node,
  sourceCode: SourceCode,
): EnvRead | undefined {
  if (!mayReadEnvironment(sourceCode)) {
    return undefined;
  }

  switch (node.type) {
    case AST_NODE_TYPES.MemberExpression:
      return getMemberRead(node, sourceCode);
    case AST_NODE_TYPES.Identifier:
      return getIdentifierRead(node, sourceCode);
    case AST_NODE_TYPES.CallExpression:
      return getDenoCallRead(node, sourceCode);
    case AST_NODE_TYPES.Property:
      return getPatternPropertyRead(node, sourceCode);
    case AST_NODE_TYPES.RestElement:
      return getPatternRestRead(node, sourceCode);
    default:
      return undefined;
  }
}

/**
 * Whether `node` writes the process environment: `process.env.X = "v"`,
 * `delete process.env.X`, `process.env.X ??= "v"` (which reads too),
 * `process.env = {}`, `Deno.env.set("X", "v")`.
 */
export function getEnvWrite(
  node: TSESTree.Node,
  sourceCode: SourceCode,
): EnvWrite | undefined {
  if (!mayReadEnvironment(sourceCode)) {
    return undefined;
  }

  if (node.type === AST_NODE_TYPES.CallExpression) {
    return getDenoCallWrite(node, sourceCode);
  }

  if (node.type !== AST_NODE_TYPES.MemberExpression) {
    return undefined;
  }

  if (getWriteRole(node) === undefined) {
    return undefined;
  }

  const file = getFileAliases(sourceCode);
  if (getObjectKind(node.object, file) === 'env') {
    return createPropertyRead(node, node);
  }
  return getObjectKind(node, file) === 'env'
    ? { node, name: undefined, kind: 'whole' }
    : undefined;
}

function getMemberRead(
  member: TSESTree.MemberExpression,
  sourceCode: SourceCode,
): EnvRead | undefined {
  const file = getFileAliases(sourceCode);
  const objectKind = getObjectKind(member.object, file);
  if (objectKind === 'env') {
    return getPropertyRead(member);
  }

  // `Deno.env.get` is read by the call around it.
  if (objectKind === 'denoEnv') {
    return undefined;
  }

  const kind = getObjectKind(member, file);
  return kind === 'env' || kind === 'denoEnv'
    ? getWholeRead(member, kind, file)
    : undefined;
}

// `process.env.X`, `env[name]`, `import.meta.env.X`.
function getPropertyRead(
  member: TSESTree.MemberExpression,
): EnvRead | undefined {
  if (getWriteRole(member) === 'write') {
    return undefined;
  }

  // `process.env.hasOwnProperty("X")` calls a method of the whole object.
  const outer = getOuterExpression(member);
  if (
    outer.parent?.type === AST_NODE_TYPES.CallExpression &&
    outer.parent.callee === outer
  ) {
    return { node: member.object, name: undefined, kind: 'whole' };
  }

  const object = skipTransparentWrappers(member.object);
  const read = createPropertyRead(member, member);
  if (
    object.type === AST_NODE_TYPES.MemberExpression &&
    object.object.type === AST_NODE_TYPES.MetaProperty &&
    read.name !== undefined &&
    VITE_CONSTANTS.has(read.name)
  ) {
    return undefined;
  }
  return read;
}

function createPropertyRead(
  node: TSESTree.Node,
  keyed: TSESTree.MemberExpression | TSESTree.Property,
): EnvRead {
  const name = getStaticKeyName(keyed);
  return { node, name, kind: name === undefined ? 'dynamic' : 'variable' };
}

function getIdentifierRead(
  identifier: TSESTree.Identifier,
  sourceCode: SourceCode,
): EnvRead | undefined {
  const file = getFileAliases(sourceCode);
  if (!file.names.has(identifier.name)) {
    return undefined;
  }

  const variable = findReadVariable(identifier, sourceCode);
  const kind = variable && getVariableKind(variable, file);
  return kind === 'env' || kind === 'denoEnv'
    ? getWholeRead(identifier, kind, file)
    : undefined;
}

// The variable that `identifier` reads, if it is a read reference at all
// (not the name in a declaration or in an import).
function findReadVariable(
  identifier: TSESTree.Identifier,
  sourceCode: SourceCode,
): Variable | undefined {
  const variable = resolveVariable(sourceCode, identifier);
  return variable && getReadIdentifiers(variable).has(identifier)
    ? variable
    : undefined;
}

const readIdentifiersCache = new WeakMap<
  Variable,
  ReadonlySet<TSESTree.Node>
>();

// Once per variable: an alias used a thousand times is asked a thousand times.
function getReadIdentifiers(variable: Variable): ReadonlySet<TSESTree.Node> {
  let identifiers = readIdentifiersCache.get(variable);
  if (!identifiers) {
    identifiers = new Set(
      variable.references
        .filter(reference => reference.isRead())
        .map(reference => reference.identifier),
    );
    readIdentifiersCache.set(variable, identifiers);
  }
  return identifiers;
}

/**
 * `process.env` or an alias, used as a whole, unless its variables are read
 * another way: as the object of a member read, the source of a
 * destructuring (whose properties are the reads), or the value of an alias
 * (whose uses are the reads).
 */
function getWholeRead(
  node: TSESTree.Node,
  kind: 'denoEnv' | 'env',
  file: FileAliases,
): EnvRead | undefined {
  const outer = getOuterExpression(node);
  const { parent } = outer;
  if (
    parent?.type === AST_NODE_TYPES.MemberExpression &&
    parent.object === outer
  ) {
    // `Deno.env.get(…)` is read by the call; `Deno.env.get` alone is not.
    const isMethodCall =
      parent.parent.type === AST_NODE_TYPES.CallExpression &&
      parent.parent.callee === parent;
    return kind === 'env' || isMethodCall
      ? undefined
      : { node, name: undefined, kind: 'whole' };
  }

  if (getWriteRole(outer) === 'write') {
    return undefined;
  }

  if (kind === 'env' && isDestructuringSource(outer)) {
    return undefined;
  }

  if (isAliasValue(outer, file)) {
    return undefined;
  }
  return { node, name: undefined, kind: 'whole' };
}

// `const { X } = process.env`, `({ X } = env)`, `function f({ X } = env)`.
function isDestructuringSource(node: TSESTree.Node): boolean {
  const { parent } = node;
  switch (parent?.type) {
    case AST_NODE_TYPES.VariableDeclarator:
      return (
        parent.init === node && parent.id.type === AST_NODE_TYPES.ObjectPattern
      );
    case AST_NODE_TYPES.AssignmentExpression:
    case AST_NODE_TYPES.AssignmentPattern:
      return (
        parent.right === node &&
        parent.left.type === AST_NODE_TYPES.ObjectPattern
      );
    default:
      return false;
  }
}

// `const env = process.env`, where the alias's own uses are the reads. An
// exported alias hands the whole environment to other files, so its
// declaration is a whole read too.
function isAliasValue(node: TSESTree.Node, file: FileAliases): boolean {
  const { parent } = node;
  if (
    parent?.type !== AST_NODE_TYPES.VariableDeclarator ||
    parent.init !== node ||
    parent.id.type !== AST_NODE_TYPES.Identifier
  ) {
    return false;
  }

  if (parent.parent.parent.type === AST_NODE_TYPES.ExportNamedDeclaration) {
    return false;
  }

  const variable = file.sourceCode
    .getDeclaredVariables(parent)
    .find(
      declared => declared.name === (parent.id as TSESTree.Identifier).name,
    );
  return (
    variable !== undefined && getVariableKind(variable, file) !== undefined
  );
}

// `Deno.env.get("X")`, `Deno.env.has(name)`, `Deno.env.toObject()`.
function getDenoCallRead(
  call: TSESTree.CallExpression,
  sourceCode: SourceCode,
): EnvRead | undefined {
  const method = getDenoMethod(call, sourceCode);
  if (method === undefined) {
    return undefined;
  }

  if (method === 'toObject') {
    return { node: call, name: undefined, kind: 'whole' };
  }
  if (!DENO_VARIABLE_READERS.has(method)) {
    return undefined;
  }
  return createDenoCallAccess(call);
}

function getDenoCallWrite(
  call: TSESTree.CallExpression,
  sourceCode: SourceCode,
): EnvWrite | undefined {
  const method = getDenoMethod(call, sourceCode);
  return method !== undefined && DENO_WRITERS.has(method)
    ? createDenoCallAccess(call)
    : undefined;
}

function createDenoCallAccess(call: TSESTree.CallExpression): EnvRead {
  const first = call.arguments.at(0);
  const name = first && getStaticString(first);
  return {
    node: call,
    name,
    kind: name === undefined ? 'dynamic' : 'variable',
  };
}

// The method name in `Deno.env.<method>(…)`, checked by shape first.
function getDenoMethod(
  call: TSESTree.CallExpression,
  sourceCode: SourceCode,
): string | undefined {
  const callee = skipTransparentWrappers(call.callee);
  if (callee.type !== AST_NODE_TYPES.MemberExpression) {
    return undefined;
  }

  const method = getStaticKeyName(callee);
  if (method === undefined || !DENO_METHODS.has(method)) {
    return undefined;
  }

  const file = getFileAliases(sourceCode);
  return getObjectKind(callee.object, file) === 'denoEnv' ? method : undefined;
}

// `const { X, Y: y } = process.env`: each property reads one variable.
function getPatternPropertyRead(
  property: TSESTree.Property,
  sourceCode: SourceCode,
): EnvRead | undefined {
  if (property.parent.type !== AST_NODE_TYPES.ObjectPattern) {
    return undefined;
  }

  const file = getFileAliases(sourceCode);
  return getPatternSourceKind(property.parent, file) === 'env'
    ? createPropertyRead(property, property)
    : undefined;
}

// `const { ...rest } = process.env` copies the whole environment.
function getPatternRestRead(
  rest: TSESTree.RestElement,
  sourceCode: SourceCode,
): EnvRead | undefined {
  if (rest.parent.type !== AST_NODE_TYPES.ObjectPattern) {
    return undefined;
  }

  const file = getFileAliases(sourceCode);
  return getPatternSourceKind(rest.parent, file) === 'env'
    ? { node: rest, name: undefined, kind: 'whole' }
    : undefined;
}
