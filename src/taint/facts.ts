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
  // The traversal only collects nodes; the maps are built on the first
  // question, which most files (those that log nothing) never ask.
  const returnStatements: TSESTree.ReturnStatement[] = [];
  const thisAssignments: TSESTree.AssignmentExpression[] = [];
  const writtenValues: TSESTree.Node[] = [];
  let returns: Map<FunctionNode, TSESTree.Node[]> | undefined;
  let thisWrites: Map<ClassNode, Map<string, TSESTree.Node[]>> | undefined;

  const addReturn = (node: TSESTree.ReturnStatement): void => {
    if (node.argument) {
      returnStatements.push(node);
    }
  };

  const addAssignment = (node: TSESTree.AssignmentExpression): void => {
    writtenValues.push(node.right);
    if (
      node.left.type === AST_NODE_TYPES.MemberExpression &&
      node.left.object.type === AST_NODE_TYPES.ThisExpression
    ) {
      thisAssignments.push(node);
    }
  };

  const addDeclarator = (node: TSESTree.VariableDeclarator): void => {
    if (node.init) {
      writtenValues.push(node.init);
    }
  };

  const getReturns = (): Map<FunctionNode, TSESTree.Node[]> => {
    returns ??= indexReturns(returnStatements);
    return returns;
  };

  const getAllThisWrites = (): Map<ClassNode, Map<string, TSESTree.Node[]>> => {
    thisWrites ??= indexThisWrites(thisAssignments);
    return thisWrites;
  };

  return {
    addAssignment,
    addDeclarator,
    addReturn,
    getReturnedValues: fn =>
      fn.body.type === AST_NODE_TYPES.BlockStatement
        ? (getReturns().get(fn) ?? [])
        : [fn.body],
    getThisWrites: classNode => getAllThisWrites().get(classNode) ?? new Map(),
    getWrittenValues: () => writtenValues,
  };
}

function indexReturns(
  statements: readonly TSESTree.ReturnStatement[],
): Map<FunctionNode, TSESTree.Node[]> {
  const returns = new Map<FunctionNode, TSESTree.Node[]>();
  for (const statement of statements) {
    const fn = getEnclosingFunction(statement);
    if (fn && statement.argument) {
      pushTo(returns, fn, statement.argument);
    }
  }
  return returns;
}

// `this.x = value`, by class and field name.
function indexThisWrites(
  assignments: readonly TSESTree.AssignmentExpression[],
): Map<ClassNode, Map<string, TSESTree.Node[]>> {
  const writes = new Map<ClassNode, Map<string, TSESTree.Node[]>>();
  for (const assignment of assignments) {
    const { left } = assignment;
    if (left.type !== AST_NODE_TYPES.MemberExpression) {
      continue;
    }
    const name = getStaticKey(left);
    const classNode = getThisClass(left);
    if (name === undefined || !classNode) {
      continue;
    }

    let fields = writes.get(classNode);
    if (!fields) {
      fields = new Map();
      writes.set(classNode, fields);
    }
    pushTo(fields, name, assignment.right);
  }
  return writes;
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
