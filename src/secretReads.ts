import {
  AST_NODE_TYPES,
  TSESLint,
  type TSESTree,
} from '@typescript-eslint/utils';

import type { NameMatcher } from './engine/index.js';
import { getEnvRead } from './util/envAccess.js';
import { getStaticKeyName, getStaticString } from './util/staticKeys.js';
import { skipTransparentWrappers } from './util/transparentWrappers.js';
import { resolveVariable } from './util/resolveVariable.js';

export interface SecretReadContext {
  sourceCode: Readonly<TSESLint.SourceCode>;
  /** The approved accessor's name, `getSecret` by default. */
  accessorName: string;
  nameMatcher: NameMatcher;
}

const { DefinitionType } = TSESLint.Scope;

const LOGICAL_ASSIGNMENTS = new Set(['&&=', '??=', '||=']);

/**
 * What names the secret that `node` reads, or `undefined` when it reads
 * none: the variable of a secret-named environment read
 * (`process.env.API_KEY`), the argument of an accessor call
 * (`getSecret("JWT_SECRET")`, or its code when not static), or either of
 * those through a variable that holds it (`const key = getSecret("K")`).
 */
export function getSecretReadName(
  node: TSESTree.Node,
  context: SecretReadContext,
): string | undefined {
  return getReadName(skipTransparentWrappers(node), context, true);
}

function getReadName(
  node: TSESTree.Node,
  context: SecretReadContext,
  followVariables: boolean,
): string | undefined {
  const read = getEnvRead(node, context.sourceCode);
  if (read) {
    return read.kind === 'variable' &&
      read.name !== undefined &&
      context.nameMatcher.isSecretName(read.name)
      ? read.name
      : undefined;
  }

  if (node.type === AST_NODE_TYPES.CallExpression) {
    return isAccessorCall(node, context)
      ? getCallName(node, context)
      : undefined;
  }

  // One step only: `const key = getSecret("K")`, not chains of copies.
  return node.type === AST_NODE_TYPES.Identifier && followVariables
    ? getBoundReadName(node, context)
    : undefined;
}

// `getSecret("K")`, `getSecret(name)`
function getCallName(
  call: TSESTree.CallExpression,
  context: SecretReadContext,
): string {
  const first = call.arguments.at(0);
  return (first && getStaticString(first)) ?? context.sourceCode.getText(call);
}

/**
 * Whether `call` calls the accessor, however it was imported: `getSecret`,
 * `read` from `import { getSecret as read }` or from `const { getSecret:
 * read } = require(…)`, or `secrets.getSecret`.
 */
function isAccessorCall(
  call: TSESTree.CallExpression,
  context: SecretReadContext,
): boolean {
  const callee = skipTransparentWrappers(call.callee);
  if (callee.type === AST_NODE_TYPES.MemberExpression) {
    return getStaticKeyName(callee) === context.accessorName;
  }

  if (callee.type !== AST_NODE_TYPES.Identifier) {
    return false;
  }

  if (callee.name === context.accessorName) {
    return true;
  }

  const variable = resolveVariable(context.sourceCode, callee);
  const definition = variable?.defs.at(0);
  switch (definition?.type) {
    case DefinitionType.ImportBinding:
      return (
        definition.node.type === AST_NODE_TYPES.ImportSpecifier &&
        getModuleExportName(definition.node.imported) === context.accessorName
      );
    case DefinitionType.Variable:
      return (
        definition.name.parent.type === AST_NODE_TYPES.Property &&
        getStaticKeyName(definition.name.parent) === context.accessorName
      );
    default:
      return false;
  }
}

/**
 * The secret a variable holds, when its one definition reads it and it is
 * not reassigned, except by a logical assignment (`key ??= "d"`), which is
 * a fallback of its own.
 */
function getBoundReadName(
  identifier: TSESTree.Identifier,
  context: SecretReadContext,
): string | undefined {
  const variable = resolveVariable(context.sourceCode, identifier);
  const definition = variable?.defs.at(0);
  if (
    variable?.defs.length !== 1 ||
    definition?.type !== DefinitionType.Variable
  ) {
    return undefined;
  }

  if (isReassigned(variable)) {
    return undefined;
  }

  const { name } = definition;
  const { init } = definition.node;
  if (definition.node.id === name) {
    return init
      ? getReadName(skipTransparentWrappers(init), context, false)
      : undefined;
  }

  // `const { API_KEY } = process.env`
  return name.parent.type === AST_NODE_TYPES.Property &&
    name.parent.value === name
    ? getReadName(name.parent, context, false)
    : undefined;
}

function isLogicalAssignmentTarget(
  identifier: TSESTree.Identifier | TSESTree.JSXIdentifier,
): boolean {
  const { parent } = identifier;
  return (
    parent.type === AST_NODE_TYPES.AssignmentExpression &&
    parent.left === identifier &&
    LOGICAL_ASSIGNMENTS.has(parent.operator)
  );
}

function getModuleExportName(
  node: TSESTree.Identifier | TSESTree.StringLiteral,
): string {
  return node.type === AST_NODE_TYPES.Identifier ? node.name : node.value;
}

const reassignedCache = new WeakMap<TSESLint.Scope.Variable, boolean>();

// Once per variable, since a secret held in one is often used many times.
function isReassigned(variable: TSESLint.Scope.Variable): boolean {
  let reassigned = reassignedCache.get(variable);
  if (reassigned === undefined) {
    reassigned = variable.references.some(
      reference =>
        reference.isWrite() &&
        !reference.init &&
        !isLogicalAssignmentTarget(reference.identifier),
    );
    reassignedCache.set(variable, reassigned);
  }
  return reassigned;
}
