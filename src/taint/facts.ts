import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';

import { type FunctionNode, getStaticKey, isFunctionNode } from './ast.js';
import { type ClassNode, getThisClass } from './classFields.js';

/**
 * What the rule's one traversal of a file records for the taint tracker:
 * the values each function returns and the values each class writes to
 * `this.x`, which the tracker needs before it can follow calls and fields,
 * and every written value in source order, for `warmUp`.
 */
export interface FileFacts {
  /** Records `return value` for its function. */
  addReturn: (node: TSESTree.ReturnStatement) => void;
  /** Records `this.x = value` for its class, and any assigned value. */
  addAssignment: (node: TSESTree.AssignmentExpression) => void;
  /** Records the value of `const x = value`. */
  addDeclarator: (node: TSESTree.VariableDeclarator) => void;
  getReturnedValues: (fn: FunctionNode) => readonly TSESTree.Node[];
  getThisWrites: (
    classNode: ClassNode,
  ) => ReadonlyMap<string, readonly TSESTree.Node[]>;
  /** Every value written to a binding or a field, in source order. */
  getWrittenValues: () => readonly TSESTree.Node[];
}

export function createFileFacts(): FileFacts {
  const returns = new Map<FunctionNode, TSESTree.Node[]>();
  const thisWrites = new Map<ClassNode, Map<string, TSESTree.Node[]>>();
  const writtenValues: TSESTree.Node[] = [];

  const addReturn = (node: TSESTree.ReturnStatement): void => {
    const fn = getEnclosingFunction(node);
    if (!fn || !node.argument) {
      return;
    }
    pushTo(returns, fn, node.argument);
  };

  const addAssignment = (node: TSESTree.AssignmentExpression): void => {
    writtenValues.push(node.right);
    const { left } = node;
    if (
      left.type !== AST_NODE_TYPES.MemberExpression ||
      left.object.type !== AST_NODE_TYPES.ThisExpression
    ) {
      return;
    }
    const name = getStaticKey(left);
    const classNode = getThisClass(left);
    if (name === undefined || !classNode) {
      return;
    }

    let fields = thisWrites.get(classNode);
    if (!fields) {
      fields = new Map();
      thisWrites.set(classNode, fields);
    }
    pushTo(fields, name, node.right);
  };

  const addDeclarator = (node: TSESTree.VariableDeclarator): void => {
    if (node.init) {
      writtenValues.push(node.init);
    }
  };

  return {
    addAssignment,
    addDeclarator,
    addReturn,
    getReturnedValues: fn =>
      fn.body.type === AST_NODE_TYPES.BlockStatement
        ? (returns.get(fn) ?? [])
        : [fn.body],
    getThisWrites: classNode => thisWrites.get(classNode) ?? new Map(),
    getWrittenValues: () => writtenValues,
  };
}

function getEnclosingFunction(node: TSESTree.Node): FunctionNode | undefined {
  for (let parent = node.parent; parent; parent = parent.parent) {
    if (isFunctionNode(parent)) {
      return parent;
    }
  }
  return undefined;
}

function pushTo<K>(
  map: Map<K, TSESTree.Node[]>,
  key: K,
  value: TSESTree.Node,
): void {
  const list = map.get(key);
  if (list) {
    list.push(value);
  } else {
    map.set(key, [value]);
  }
}
