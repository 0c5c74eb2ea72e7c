import {
  AST_NODE_TYPES,
  type TSESLint,
  type TSESTree,
} from '@typescript-eslint/utils';

import type { TextReplacement } from './sharedImportFixes.js';
import { type EnvRead, getEnvRead } from './util/envAccess.js';
import { getStaticKeyName } from './util/staticKeys.js';
import { getOuterExpression } from './util/transparentWrappers.js';
import { getWriteRole } from './util/writeRole.js';

/** A replacement of environment reads by accessor calls. */
export interface ReadReplacement extends TextReplacement {
  /** The node where the accessor is called, to check what is in scope. */
  node: TSESTree.Node;
}

export interface ReplacementContext {
  sourceCode: Readonly<TSESLint.SourceCode>;
  /** The accessor call that reads one variable: `getSecret("X")`. */
  createCall: (name: string) => string;
  /** Whether the rule reports a read; only those are replaced. */
  isReported: (read: EnvRead) => boolean;
}

/**
 * The exact replacement of a static read by an accessor call:
 * `process.env.X!` by `getSecret("X")`, or a simple destructuring by one
 * call per name. `undefined` where a call would not keep the code's meaning:
 * dynamic keys, whole-environment uses, writes, presence checks and
 * fallbacks, where a missing variable is expected.
 */
export function getReadReplacement(
  read: EnvRead,
  context: ReplacementContext,
): ReadReplacement | undefined {
  const { node, name } = read;
  if (read.kind !== 'variable' || name === undefined) {
    return undefined;
  }

  if (node.type === AST_NODE_TYPES.Property) {
    return getDestructuringReplacement(node, context);
  }

  if (!isReplaceableRead(node)) {
    return undefined;
  }

  const target = getRedundantWrapper(node);
  return { node, range: target.range, text: context.createCall(name) };
}

function isReplaceableRead(node: TSESTree.Node): boolean {
  // `Deno.env.has("X")` asks whether the variable is there.
  if (
    node.type === AST_NODE_TYPES.CallExpression &&
    (node.callee.type !== AST_NODE_TYPES.MemberExpression ||
      getStaticKeyName(node.callee) !== 'get')
  ) {
    return false;
  }

  // `process.env.X ??= "d"`, `process.env.COUNT++`
  if (getWriteRole(node) !== undefined) {
    return false;
  }

  const outer = getOuterExpression(node);
  return !isCalled(outer) && !isPresenceCheck(outer);
}

// `process.env.X()` would lose its `this`, and `new process.env.X()` would
// become `new getSecret("X")()`, which calls something else.
function isCalled(node: TSESTree.Node): boolean {
  const { parent } = node;
  switch (parent?.type) {
    case AST_NODE_TYPES.CallExpression:
    case AST_NODE_TYPES.NewExpression:
      return parent.callee === node;
    case AST_NODE_TYPES.TaggedTemplateExpression:
      return parent.tag === node;
    default:
      return false;
  }
}

/**
 * Whether the value is only tested, or replaced when missing: `if (X)`,
 * `!X`, `typeof X`, `X === undefined`, `X ?? "d"`, `X && run()`,
 * `Boolean(X)`. The accessor throws on a missing variable, so such code
 * would change meaning.
 */
export function isPresenceCheck(node: TSESTree.Node): boolean {
  const { parent } = node;
  switch (parent?.type) {
    case AST_NODE_TYPES.IfStatement:
    case AST_NODE_TYPES.WhileStatement:
    case AST_NODE_TYPES.DoWhileStatement:
    case AST_NODE_TYPES.ForStatement:
    case AST_NODE_TYPES.ConditionalExpression:
      return parent.test === node;
    case AST_NODE_TYPES.UnaryExpression:
      return parent.operator === '!' || parent.operator === 'typeof';
    case AST_NODE_TYPES.LogicalExpression:
      return parent.left === node || isPresenceCheck(parent);
    case AST_NODE_TYPES.BinaryExpression:
      return isComparisonWithNothing(parent, node);
    case AST_NODE_TYPES.CallExpression:
      return (
        parent.callee.type === AST_NODE_TYPES.Identifier &&
        parent.callee.name === 'Boolean'
      );
    default:
      return false;
  }
}

// `X === undefined`, `null != X`, `X !== void 0`
function isComparisonWithNothing(
  comparison: TSESTree.BinaryExpression,
  node: TSESTree.Node,
): boolean {
  if (!['!=', '!==', '==', '==='].includes(comparison.operator)) {
    return false;
  }

  const other = comparison.left === node ? comparison.right : comparison.left;
  switch (other.type) {
    case AST_NODE_TYPES.Identifier:
      return other.name === 'undefined';
    case AST_NODE_TYPES.Literal:
      return other.value === null;
    case AST_NODE_TYPES.UnaryExpression:
      return other.operator === 'void';
    default:
      return false;
  }
}

// `process.env.X!`: the accessor never returns `undefined`, so the
// assertion goes with the read; an optional chain with nothing after the
// read (`process.env?.X`) has no text of its own.
function getRedundantWrapper(node: TSESTree.Node): TSESTree.Node {
  let current = node;
  while (
    (current.parent?.type === AST_NODE_TYPES.TSNonNullExpression ||
      current.parent?.type === AST_NODE_TYPES.ChainExpression) &&
    current.parent.expression === current
  ) {
    current = current.parent;
  }
  return current;
}

/**
 * `const { X, Y: y } = process.env` becomes `const X = getSecret("X"), y =
 * getSecret("Y")`. Names that the rule does not report stay destructured:
 * `const { NODE_ENV } = process.env, X = getSecret("X")`. Only patterns of
 * plain names qualify: a default, a rest element, a nested pattern or a
 * type annotation would need more than a call, and comments would be lost.
 */
function getDestructuringReplacement(
  property: TSESTree.Property,
  context: ReplacementContext,
): ReadReplacement | undefined {
  const pattern = property.parent;
  const declarator = pattern.parent;
  if (
    pattern.type !== AST_NODE_TYPES.ObjectPattern ||
    declarator.type !== AST_NODE_TYPES.VariableDeclarator ||
    declarator.id !== pattern ||
    declarator.init === null ||
    pattern.typeAnnotation !== undefined
  ) {
    return undefined;
  }

  const { sourceCode } = context;
  if (sourceCode.getCommentsInside(declarator).length > 0) {
    return undefined;
  }

  const calls: string[] = [];
  const kept: string[] = [];
  for (const each of pattern.properties) {
    if (
      each.type !== AST_NODE_TYPES.Property ||
      each.value.type !== AST_NODE_TYPES.Identifier
    ) {
      return undefined;
    }

    const read = getEnvRead(each, sourceCode);
    if (read?.kind !== 'variable' || read.name === undefined) {
      return undefined;
    }

    if (context.isReported(read)) {
      calls.push(`${each.value.name} = ${context.createCall(read.name)}`);
    } else {
      kept.push(sourceCode.getText(each));
    }
  }

  if (calls.length === 0) {
    return undefined;
  }

  const rest =
    kept.length > 0
      ? [`{ ${kept.join(', ')} } = ${sourceCode.getText(declarator.init)}`]
      : [];
  return {
    node: declarator,
    range: declarator.range,
    text: [...rest, ...calls].join(', '),
  };
}
