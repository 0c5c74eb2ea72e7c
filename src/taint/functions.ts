import {
  AST_NODE_TYPES,
  TSESLint,
  type TSESTree,
} from '@typescript-eslint/utils';

import { type FunctionNode, isFunctionNode, unwrapExpression } from './ast.js';

/**
 * The function a variable holds when it is declared once in this file and
 * never reassigned: `function loadConfig() {}` or `const wrap = (s) => …`.
 */
export function getDeclaredFunction(
  variable: TSESLint.Scope.Variable,
): FunctionNode | undefined {
  // Once per variable: a function called a thousand times is asked as often.
  let declared = declaredFunctionCache.get(variable);
  if (declared === undefined) {
    declared = findDeclaredFunction(variable) ?? null;
    declaredFunctionCache.set(variable, declared);
  }
  return declared ?? undefined;
}

const declaredFunctionCache = new WeakMap<
  TSESLint.Scope.Variable,
  FunctionNode | null
>();

function findDeclaredFunction(
  variable: TSESLint.Scope.Variable,
): FunctionNode | undefined {
  const definition = variable.defs.at(0);
  if (variable.defs.length !== 1 || !definition) {
    return undefined;
  }

  if (definition.type === TSESLint.Scope.DefinitionType.FunctionName) {
    return definition.node.type === AST_NODE_TYPES.FunctionDeclaration
      ? definition.node
      : undefined;
  }

  if (
    definition.type !== TSESLint.Scope.DefinitionType.Variable ||
    definition.node.id !== definition.name ||
    !definition.node.init
  ) {
    return undefined;
  }

  const isReassigned = variable.references.some(
    reference => reference.isWrite() && !reference.init,
  );
  const init = unwrapExpression(definition.node.init);
  return !isReassigned && isFunctionNode(init) ? init : undefined;
}

/** The position of `parameter`'s name among `fn`'s parameters, or -1. */
export function getParameterIndex(
  fn: TSESTree.Node,
  name: TSESTree.Node,
): number {
  if (!isFunctionNode(fn)) {
    return -1;
  }
  return fn.params.findIndex(parameter => {
    const target =
      parameter.type === AST_NODE_TYPES.TSParameterProperty
        ? parameter.parameter
        : parameter;
    return (
      target === name ||
      (target.type === AST_NODE_TYPES.AssignmentPattern && target.left === name)
    );
  });
}
