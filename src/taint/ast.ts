import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';

import { getStaticString } from '../util/staticKeys.js';

export type FunctionNode =
  | TSESTree.ArrowFunctionExpression
  | TSESTree.FunctionDeclaration
  | TSESTree.FunctionExpression;

/** ESLint's visitor keys: the child properties of each node type. */
export type VisitorKeys = Readonly<
  Record<string, readonly string[] | undefined>
>;

/**
 * Strips what does not change a value: TypeScript's `as`, `satisfies`,
 * `<T>x`, `x!`, `f<T>` and an optional chain's wrapper.
 */
export function unwrapExpression(node: TSESTree.Node): TSESTree.Node {
  let current = node;
  for (;;) {
    switch (current.type) {
      case AST_NODE_TYPES.TSAsExpression:
      case AST_NODE_TYPES.TSSatisfiesExpression:
      case AST_NODE_TYPES.TSTypeAssertion:
      case AST_NODE_TYPES.TSNonNullExpression:
      case AST_NODE_TYPES.TSInstantiationExpression:
        current = current.expression;
        break;
      case AST_NODE_TYPES.ChainExpression:
        current = current.expression;
        break;
      default:
        return current;
    }
  }
}

/**
 * The name a member access or a property key reads, when it is written out:
 * `a.b`, `a["b"]`, `a.#b`, `{ b: 1 }`. `undefined` for keys computed from
 * values and for numeric indexes (`a[i]`, `a[0]`), which may be any element.
 */
export function getStaticKey(
  node:
    | TSESTree.AccessorProperty
    | TSESTree.MemberExpression
    | TSESTree.MethodDefinition
    | TSESTree.Property
    | TSESTree.PropertyDefinition,
): string | undefined {
  const key =
    node.type === AST_NODE_TYPES.MemberExpression ? node.property : node.key;
  if (!node.computed) {
    if (key.type === AST_NODE_TYPES.Identifier) {
      return key.name;
    }
    if (key.type === AST_NODE_TYPES.PrivateIdentifier) {
      return key.name;
    }
  }
  return getStringValue(key);
}

/** The value of a string literal or of a template literal without `${}`. */
export const getStringValue = getStaticString;

/**
 * The dotted name of an identifier or member chain as written in code
 * (`console`, `this.logger`, `request.log`), or `undefined` when the chain
 * holds a call or a computed key.
 */
export function getDottedName(node: TSESTree.Node): string | undefined {
  const current = unwrapExpression(node);
  switch (current.type) {
    case AST_NODE_TYPES.Identifier:
      return current.name;
    case AST_NODE_TYPES.ThisExpression:
      return 'this';
    case AST_NODE_TYPES.MemberExpression: {
      const key = current.computed ? undefined : getStaticKey(current);
      const object = getDottedName(current.object);
      return key === undefined || object === undefined
        ? undefined
        : `${object}.${key}`;
    }
    default:
      return undefined;
  }
}

/** The last name of a member chain or an identifier's name: `log` in
 * `request.log`, `logger` in `this.logger`. */
export function getLastName(node: TSESTree.Node): string | undefined {
  const current = unwrapExpression(node);
  if (current.type === AST_NODE_TYPES.Identifier) {
    return current.name;
  }
  if (current.type === AST_NODE_TYPES.MemberExpression) {
    return getStaticKey(current);
  }
  return undefined;
}

/** The method a call invokes when its callee is `object.method`. */
export function getMethodCall(
  call: TSESTree.CallExpression | TSESTree.NewExpression,
): { object: TSESTree.Expression; method: string } | undefined {
  const callee = unwrapExpression(call.callee);
  if (callee.type !== AST_NODE_TYPES.MemberExpression) {
    return undefined;
  }
  if (callee.object.type === AST_NODE_TYPES.Super) {
    return undefined;
  }

  const method = getStaticKey(callee);
  return method === undefined ? undefined : { object: callee.object, method };
}

export function isFunctionNode(node: TSESTree.Node): node is FunctionNode {
  return (
    node.type === AST_NODE_TYPES.ArrowFunctionExpression ||
    node.type === AST_NODE_TYPES.FunctionDeclaration ||
    node.type === AST_NODE_TYPES.FunctionExpression
  );
}
