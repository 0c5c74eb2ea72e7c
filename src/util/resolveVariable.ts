import {
  ASTUtils,
  type TSESLint,
  type TSESTree,
} from '@typescript-eslint/utils';

/**
 * The variable an identifier names, looked up by name from the scope that
 * ESLint finds for it. `ASTUtils.findVariable(scope, identifier)` would first
 * search the scope's children for the innermost one around the identifier,
 * one by one: with thousands of blocks in one scope that search made every
 * lookup linear and whole files quadratic. `getScope` already answers with
 * the innermost scope.
 */
export function resolveVariable(
  sourceCode: Readonly<TSESLint.SourceCode>,
  identifier: TSESTree.Identifier | TSESTree.JSXIdentifier,
): TSESLint.Scope.Variable | null {
  return ASTUtils.findVariable(
    sourceCode.getScope(identifier),
    identifier.name,
  );
}
