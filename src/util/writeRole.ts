import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';

import { getOuterExpression } from './transparentWrappers.js';

/** How a node is written to: only (`x = 1`), or read and written (`x += 1`). */
export type WriteRole = 'readWrite' | 'write';

/** Whether `node` is the target of a write: `=`, `delete`, `for (x of …)`. */
export function getWriteRole(node: TSESTree.Node): WriteRole | undefined {
  const outer = getOuterExpression(node);
  const { parent } = outer;
  switch (parent?.type) {
    case AST_NODE_TYPES.AssignmentExpression:
      if (parent.left !== outer) {
        return undefined;
      }
      return parent.operator === '=' ? 'write' : 'readWrite';
    case AST_NODE_TYPES.UpdateExpression:
      return 'readWrite';
    case AST_NODE_TYPES.UnaryExpression:
      return parent.operator === 'delete' ? 'write' : undefined;
    case AST_NODE_TYPES.ForInStatement:
    case AST_NODE_TYPES.ForOfStatement:
      return parent.left === outer ? 'write' : undefined;
    // `[process.env.X] = list`, `({ a: process.env.X } = object)`
    case AST_NODE_TYPES.ArrayPattern:
    case AST_NODE_TYPES.RestElement:
      return 'write';
    case AST_NODE_TYPES.AssignmentPattern:
      return parent.left === outer ? 'write' : undefined;
    case AST_NODE_TYPES.Property:
      return parent.value === outer &&
        parent.parent.type === AST_NODE_TYPES.ObjectPattern
        ? 'write'
        : undefined;
    default:
      return undefined;
  }
}
