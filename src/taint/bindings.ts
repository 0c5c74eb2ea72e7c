import {
  AST_NODE_TYPES,
  type TSESLint,
  type TSESTree,
} from '@typescript-eslint/utils';

import { getStaticKey } from './ast.js';

type Reference = TSESLint.Scope.Reference;
type Variable = TSESLint.Scope.Variable;

/**
 * One write to a binding, in the order the program makes it:
 * - `binding`: `x = value`, `const { x } = value`, a parameter default;
 * - `field`: `x.name = value`, which adds a field to the object in `x`.
 */
export type BindingWrite =
  | {
      kind: 'binding';
      /** Where the write takes effect: the end of the written value. */
      effect: number;
      reference: Reference;
      writeExpr: TSESTree.Node;
    }
  | {
      kind: 'field';
      effect: number;
      assignment: TSESTree.AssignmentExpression;
      name: string | undefined;
    };

export interface BindingIndex {
  /** The scope reference an identifier in an expression makes. */
  getReference: (identifier: TSESTree.Identifier) => Reference | undefined;
  /** The writes to a variable, sorted by where they take effect. */
  getWrites: (variable: Variable) => readonly BindingWrite[];
}

/**
 * Indexes the scope manager's references by identifier, once per file and
 * only when a rule first asks, so that resolving an identifier is a lookup
 * and not a search through its scope.
 */
export function createBindingIndex(
  scopeManager: TSESLint.Scope.ScopeManager | null,
): BindingIndex {
  let referenceByIdentifier: Map<TSESTree.Node, Reference> | undefined;
  const writesByVariable = new Map<Variable, readonly BindingWrite[]>();

  const getReference = (
    identifier: TSESTree.Identifier,
  ): Reference | undefined => {
    referenceByIdentifier ??= indexReferences(scopeManager);
    return referenceByIdentifier.get(identifier);
  };

  const getWrites = (variable: Variable): readonly BindingWrite[] => {
    let writes = writesByVariable.get(variable);
    if (!writes) {
      writes = collectWrites(variable);
      writesByVariable.set(variable, writes);
    }
    return writes;
  };

  return { getReference, getWrites };
}

function indexReferences(
  scopeManager: TSESLint.Scope.ScopeManager | null,
): Map<TSESTree.Node, Reference> {
  const index = new Map<TSESTree.Node, Reference>();
  for (const scope of scopeManager?.scopes ?? []) {
    for (const reference of scope.references) {
      index.set(reference.identifier, reference);
    }
  }
  return index;
}

function collectWrites(variable: Variable): BindingWrite[] {
  const writes: BindingWrite[] = [];
  for (const reference of variable.references) {
    const { writeExpr } = reference;
    if (reference.isWrite() && writeExpr) {
      writes.push({
        kind: 'binding',
        effect: writeExpr.range[1],
        reference,
        writeExpr,
      });
      continue;
    }

    const fieldWrite = getFieldWrite(reference.identifier);
    if (fieldWrite) {
      writes.push(fieldWrite);
    }
  }
  // References come in scope order, which is not source order when
  // closures are involved.
  return writes.sort((left, right) => left.effect - right.effect);
}

// `config.token = value` writes a field of the object held in `config`.
function getFieldWrite(
  identifier: TSESTree.Identifier | TSESTree.JSXIdentifier,
): BindingWrite | undefined {
  const member = identifier.parent;
  if (
    member.type !== AST_NODE_TYPES.MemberExpression ||
    member.object !== identifier
  ) {
    return undefined;
  }

  const assignment = member.parent;
  if (
    assignment.type !== AST_NODE_TYPES.AssignmentExpression ||
    assignment.left !== member
  ) {
    return undefined;
  }

  return {
    kind: 'field',
    effect: assignment.range[1],
    assignment,
    name: getStaticKey(member),
  };
}

/**
 * How many of `writes` take effect before `position`: a binary search, as
 * a variable may be written many times.
 */
export function countWritesBefore(
  writes: readonly BindingWrite[],
  position: number,
): number {
  let low = 0;
  let high = writes.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (writes[middle].effect <= position) {
      low = middle + 1;
    } else {
      high = middle;
    }
  }
  return low;
}
