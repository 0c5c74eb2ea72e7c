import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';

// Type-only wrappers that leave the runtime value as it is.
const TRANSPARENT_WRAPPERS = new Set<AST_NODE_TYPES>([
  AST_NODE_TYPES.ChainExpression,
  AST_NODE_TYPES.TSAsExpression,
  AST_NODE_TYPES.TSNonNullExpression,
  AST_NODE_TYPES.TSSatisfiesExpression,
  AST_NODE_TYPES.TSTypeAssertion,
]);

/** The node without type-only wrappers: `process.env.X!` gives the member. */
export function skipTransparentWrappers(node: TSESTree.Node): TSESTree.Node {
  let current = node;
  while (TRANSPARENT_WRAPPERS.has(current.type)) {
    current = (current as TSESTree.TSAsExpression).expression;
  }
  return current;
}

/** The outermost type-only wrapper around `node`, or `node` itself. */
export function getOuterExpression(node: TSESTree.Node): TSESTree.Node {
  let current = node;
  while (
    current.parent &&
    TRANSPARENT_WRAPPERS.has(current.parent.type) &&
    (current.parent as TSESTree.TSAsExpression).expression === current
  ) {
    current = current.parent;
  }
  return current;
}
