import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';

import { getStaticKey } from './ast.js';

/**
 * One step from a value to the part of it that a destructuring pattern
 * binds, outermost first:
 * - `key`: `{ apiKey }` takes a field (`name` is `undefined` when computed);
 * - `element`: `[first]` or `for (const x of xs)` takes an element;
 * - `rest`: `{ a, ...rest }` takes the fields not named before it;
 * - `keys`: `for (const k in obj)` takes only field names.
 */
export type PathStep =
  | { kind: 'element' }
  | { kind: 'key'; name: string | undefined }
  | { kind: 'keys' }
  | { kind: 'rest'; taken: readonly (string | undefined)[] };

/** Where a binding's written value comes from: `value`, then `steps`. */
export interface WrittenValue {
  value: TSESTree.Node;
  steps: readonly PathStep[];
}

/**
 * Follows a written identifier up through the patterns around it to the
 * expression it is written from (`writeExpr` of its scope reference):
 * `apiKey` in `const { db: { apiKey } } = config` is `config`, then `db`,
 * then `apiKey`. A default value (`{ apiKey = fallback }`) is its own write.
 */
export function getWrittenValue(
  identifier: TSESTree.Identifier,
  writeExpr: TSESTree.Node,
): WrittenValue {
  const innerSteps: PathStep[] = [];
  let current: TSESTree.Node = identifier;
  for (
    let parent: TSESTree.Node | undefined = current.parent;
    parent;
    parent = current.parent
  ) {
    const step = getStepFromParent(current, parent, writeExpr);
    if (step === 'stop') {
      break;
    }
    if (step !== 'through') {
      innerSteps.push(step);
    }
    if (isPatternRoot(parent)) {
      break;
    }
    current = parent;
  }
  return { value: writeExpr, steps: innerSteps.reverse() };
}

function getStepFromParent(
  current: TSESTree.Node,
  parent: TSESTree.Node,
  writeExpr: TSESTree.Node,
): PathStep | 'stop' | 'through' {
  switch (parent.type) {
    case AST_NODE_TYPES.AssignmentPattern:
      // `{ apiKey = fallback }`: the default is written as it is.
      return parent.left === current && parent.right !== writeExpr
        ? 'through'
        : 'stop';
    case AST_NODE_TYPES.Property:
      return parent.value === current &&
        parent.parent.type === AST_NODE_TYPES.ObjectPattern
        ? { kind: 'key', name: getStaticKey(parent) }
        : 'stop';
    case AST_NODE_TYPES.RestElement:
      return getRestStep(parent);
    case AST_NODE_TYPES.ArrayPattern:
      return { kind: 'element' };
    case AST_NODE_TYPES.ObjectPattern:
      return 'through';
    case AST_NODE_TYPES.VariableDeclarator:
      return parent.id === current ? getLoopStep(parent.parent) : 'stop';
    case AST_NODE_TYPES.ForOfStatement:
      return parent.left === current ? { kind: 'element' } : 'stop';
    case AST_NODE_TYPES.ForInStatement:
      return parent.left === current ? { kind: 'keys' } : 'stop';
    default:
      return 'stop';
  }
}

// The node that holds a whole pattern: the walk ends there.
function isPatternRoot(node: TSESTree.Node): boolean {
  return (
    node.type === AST_NODE_TYPES.VariableDeclarator ||
    node.type === AST_NODE_TYPES.ForOfStatement ||
    node.type === AST_NODE_TYPES.ForInStatement
  );
}

function getRestStep(rest: TSESTree.RestElement): PathStep | 'stop' {
  const pattern = rest.parent;
  if (pattern.type === AST_NODE_TYPES.ArrayPattern) {
    return { kind: 'element' };
  }
  if (pattern.type !== AST_NODE_TYPES.ObjectPattern) {
    return 'stop';
  }

  const taken = pattern.properties.flatMap(property =>
    property.type === AST_NODE_TYPES.Property ? [getStaticKey(property)] : [],
  );
  return { kind: 'rest', taken };
}

// `for (const x of xs)` declares `x` inside the loop's head; a plain
// declaration adds no step.
function getLoopStep(declaration: TSESTree.Node): PathStep | 'through' {
  const loop = declaration.parent;
  if (
    loop?.type === AST_NODE_TYPES.ForOfStatement &&
    loop.left === declaration
  ) {
    return { kind: 'element' };
  }
  if (
    loop?.type === AST_NODE_TYPES.ForInStatement &&
    loop.left === declaration
  ) {
    return { kind: 'keys' };
  }
  return 'through';
}
