import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';

import { getStaticKey } from './ast.js';

export type ClassNode = TSESTree.ClassDeclaration | TSESTree.ClassExpression;

/**
 * The class whose instance `this` is at `node`: arrow functions pass `this`
 * through; a method, a field initializer or a static block is in its class;
 * any other function has a `this` of its own, which the rule does not know.
 */
export function getThisClass(node: TSESTree.Node): ClassNode | undefined {
  let child: TSESTree.Node = node;
  for (let parent = node.parent; parent; parent = parent.parent) {
    switch (parent.type) {
      case AST_NODE_TYPES.FunctionExpression:
        return parent.parent.type === AST_NODE_TYPES.MethodDefinition
          ? getClassOfMember(parent.parent)
          : undefined;
      case AST_NODE_TYPES.FunctionDeclaration:
        return undefined;
      case AST_NODE_TYPES.PropertyDefinition:
      case AST_NODE_TYPES.AccessorProperty:
        // Only the initializer sees the instance; a computed key does not.
        return parent.value === child ? getClassOfMember(parent) : undefined;
      case AST_NODE_TYPES.StaticBlock:
        return getClassOfMember(parent);
      default:
        break;
    }
    child = parent;
  }
  return undefined;
}

function getClassOfMember(
  member:
    | TSESTree.AccessorProperty
    | TSESTree.MethodDefinition
    | TSESTree.PropertyDefinition
    | TSESTree.StaticBlock,
): ClassNode | undefined {
  return member.parent.parent;
}

/**
 * What a class declares for each of its fields: field initializers and
 * parameter properties (`constructor(private apiKey: string)`, whose entry
 * is the parameter property, a value the rule cannot know). Writes in methods (`this.x = value`) are recorded by
 * the traversal instead.
 */
export function collectDeclaredFields(
  classNode: ClassNode,
): Map<string, TSESTree.Node[]> {
  const fields = new Map<string, TSESTree.Node[]>();
  const add = (name: string | undefined, value: TSESTree.Node): void => {
    if (name === undefined) {
      return;
    }
    const list = fields.get(name);
    if (list) {
      list.push(value);
    } else {
      fields.set(name, [value]);
    }
  };

  for (const member of classNode.body.body) {
    if (
      (member.type === AST_NODE_TYPES.PropertyDefinition ||
        member.type === AST_NODE_TYPES.AccessorProperty) &&
      member.value
    ) {
      add(getStaticKey(member), member.value);
    }
    if (
      member.type === AST_NODE_TYPES.MethodDefinition &&
      member.kind === 'constructor'
    ) {
      for (const parameter of member.value.params) {
        if (parameter.type === AST_NODE_TYPES.TSParameterProperty) {
          const target =
            parameter.parameter.type === AST_NODE_TYPES.AssignmentPattern
              ? parameter.parameter.left
              : parameter.parameter;
          add(target.name, parameter);
        }
      }
    }
  }
  return fields;
}
