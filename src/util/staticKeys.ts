import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';

/** The static name of `node.key` or `node.property`: `a.b`, `a["b"]`, `` a[`b`] ``. */
export function getStaticKeyName(
  node: TSESTree.MemberExpression | TSESTree.Property,
): string | undefined {
  const key = node.type === AST_NODE_TYPES.Property ? node.key : node.property;
  if (!node.computed) {
    if (key.type === AST_NODE_TYPES.Identifier) {
      return key.name;
    }
    return key.type === AST_NODE_TYPES.Literal ? String(key.value) : undefined;
  }
  return getStaticString(key);
}

/** The value of a string literal or of a template literal with no `${}`. */
export function getStaticString(node: TSESTree.Node): string | undefined {
  if (node.type === AST_NODE_TYPES.Literal) {
    return typeof node.value === 'string' ? node.value : undefined;
  }
  if (
    node.type === AST_NODE_TYPES.TemplateLiteral &&
    node.expressions.length === 0
  ) {
    return node.quasis[0]?.value.cooked ?? undefined;
  }
  return undefined;
}
