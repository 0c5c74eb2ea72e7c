import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';

import { getStaticString } from './staticKeys.js';

/** A binding that an import declares: the node of its definition. */
export type ImportBindingNode =
  | TSESTree.ImportDefaultSpecifier
  | TSESTree.ImportNamespaceSpecifier
  | TSESTree.ImportSpecifier
  | TSESTree.TSImportEqualsDeclaration;

/** Which value of which module an import binds. */
export interface ImportedBinding {
  module: string;
  /** The named export; `undefined` for the module's default or whole value
   * (`import p from`, `import * as p from`, `import p = require(…)`,
   * `import { default as p }`). */
  name: string | undefined;
}

/**
 * What an import binds, for the rules that know modules by name (the
 * `process` module, logging libraries). Type-only imports bind no value.
 */
export function getImportedBinding(
  node: ImportBindingNode,
): ImportedBinding | undefined {
  // `import p = require("process")`
  if (node.type === AST_NODE_TYPES.TSImportEqualsDeclaration) {
    const reference = node.moduleReference;
    if (
      node.importKind === 'type' ||
      reference.type !== AST_NODE_TYPES.TSExternalModuleReference
    ) {
      return undefined;
    }
    const module = getStaticString(reference.expression);
    return module === undefined ? undefined : { module, name: undefined };
  }

  const declaration = node.parent;
  if (
    declaration.type !== AST_NODE_TYPES.ImportDeclaration ||
    declaration.importKind === 'type'
  ) {
    return undefined;
  }

  const module = declaration.source.value;
  if (node.type !== AST_NODE_TYPES.ImportSpecifier) {
    return { module, name: undefined };
  }
  if (node.importKind === 'type') {
    return undefined;
  }

  const imported =
    node.imported.type === AST_NODE_TYPES.Identifier
      ? node.imported.name
      : node.imported.value;
  return { module, name: imported === 'default' ? undefined : imported };
}
