import {
  AST_NODE_TYPES,
  TSESLint,
  type TSESTree,
} from '@typescript-eslint/utils';

import {
  getStaticKey,
  getStringValue,
  isFunctionNode,
  unwrapExpression,
} from './ast.js';
import { createBindingEvaluator } from './bindingTaint.js';
import type { BindingIndex } from './bindings.js';
import { createCallEvaluator } from './callTaint.js';
import {
  type Evaluator,
  preferFlow,
  type TrackerSettings,
} from './evaluator.js';
import type { FileFacts } from './facts.js';
import { createNameTaint } from './fields.js';
import { findHardcodedSecret, type LiteralBinding } from './literals.js';
import { createMemberEvaluator } from './memberTaint.js';
import { isCarryingTag } from './propagation.js';
import { isLiteralValue, isSanitizedExpression } from './sanitizers.js';
import { getCalleeNames } from './sources.js';
import {
  asOpaque,
  createObjectTaint,
  type Taint,
  unionTaint,
} from './types.js';

export type { TrackerSettings } from './evaluator.js';

// How many evaluations may be nested. Chains of assignments are evaluated
// in source order first (see `warmUp`), so real code stays far below it.
const MAX_DEPTH = 400;

export interface TaintTracker {
  /** The secret an expression holds, if any. */
  getTaint: (node: TSESTree.Node) => Taint | undefined;
  /** The secret a property of an object literal holds: its value's, or,
   * for a secret key (`password: input`), the property's own. */
  getPropertyTaint: (property: TSESTree.Property) => Taint | undefined;
  /**
   * Evaluates every written value in source order, so that a later
   * question about a long chain (`const b = a; const c = b; …`) finds each
   * step already answered instead of recursing through all of them.
   */
  warmUp: () => void;
}

/**
 * Follows secrets through one file, on demand: asked about an expression,
 * it evaluates only what that expression depends on, and remembers every
 * answer per node, so that each node is evaluated once and the work stays
 * linear in the size of the file. A cycle evaluates to clean where it
 * closes instead of iterating to a fixed point.
 */
export function createTaintTracker(
  sourceCode: Readonly<TSESLint.SourceCode>,
  bindings: BindingIndex,
  facts: FileFacts,
  settings: TrackerSettings,
): TaintTracker {
  const { nameMatcher } = settings;
  const taints = new Map<TSESTree.Node, Taint | null>();
  const inProgress = new Set<TSESTree.Node>();

  const evaluator: Evaluator = {
    sourceCode,
    bindings,
    facts,
    settings,
    getTaint,
    getBoundTaint,
    isSafeValue,
    isRedactorCall,
    getImportedName,
  };
  const { getIdentifierTaint } = createBindingEvaluator(evaluator);
  const { getMemberTaint } = createMemberEvaluator(evaluator);
  const { getCallTaint, getNewTaint } = createCallEvaluator(evaluator);

  function getTaint(node: TSESTree.Node): Taint | undefined {
    const cached = taints.get(node);
    if (cached !== undefined) {
      return cached ?? undefined;
    }
    // Limitation: a value that depends on itself (through a closure, a
    // class field or a recursive function) is clean where the cycle closes,
    // and so is a value past `MAX_DEPTH` steps of evaluation, which would
    // otherwise overflow the stack.
    if (inProgress.has(node) || inProgress.size >= MAX_DEPTH) {
      return undefined;
    }

    inProgress.add(node);
    const taint = computeTaint(node);
    inProgress.delete(node);
    taints.set(node, taint ?? null);
    return taint;
  }

  function computeTaint(node: TSESTree.Node): Taint | undefined {
    switch (node.type) {
      case AST_NODE_TYPES.Identifier:
        return getIdentifierTaint(node);
      case AST_NODE_TYPES.Literal:
        return getLiteralTaint(node, node.value);
      case AST_NODE_TYPES.TemplateLiteral:
        return getTemplateTaint(node);
      case AST_NODE_TYPES.TaggedTemplateExpression:
        return isCarryingTag(node) ? getTaint(node.quasi) : undefined;
      case AST_NODE_TYPES.BinaryExpression:
        return node.operator === '+'
          ? unionTaint(getTaint(node.left), getTaint(node.right))
          : undefined;
      case AST_NODE_TYPES.LogicalExpression:
        return unionTaint(getTaint(node.left), getTaint(node.right));
      case AST_NODE_TYPES.ConditionalExpression:
        return unionTaint(getTaint(node.consequent), getTaint(node.alternate));
      case AST_NODE_TYPES.AssignmentExpression:
        return node.operator === '='
          ? getTaint(node.right)
          : unionTaint(getTaint(node.left), getTaint(node.right));
      case AST_NODE_TYPES.AwaitExpression:
      case AST_NODE_TYPES.SpreadElement:
        return getTaint(node.argument);
      case AST_NODE_TYPES.SequenceExpression: {
        const last = node.expressions.at(-1);
        return last && getTaint(last);
      }
      case AST_NODE_TYPES.ArrayExpression:
        return getArrayTaint(node);
      case AST_NODE_TYPES.ObjectExpression:
        return getObjectTaint(node);
      case AST_NODE_TYPES.MemberExpression:
        return getMemberTaint(node);
      case AST_NODE_TYPES.CallExpression:
        return getCallTaint(node);
      case AST_NODE_TYPES.NewExpression:
        return getNewTaint(node);
      case AST_NODE_TYPES.ChainExpression:
      case AST_NODE_TYPES.TSAsExpression:
      case AST_NODE_TYPES.TSNonNullExpression:
      case AST_NODE_TYPES.TSSatisfiesExpression:
      case AST_NODE_TYPES.TSTypeAssertion:
        return getTaint(node.expression);
      default:
        return undefined;
    }
  }

  function getImportedName(
    identifier: TSESTree.Identifier,
  ): string | undefined {
    const variable = bindings.getReference(identifier)?.resolved;
    const definition = variable?.defs.at(0);
    if (
      definition?.type !== TSESLint.Scope.DefinitionType.ImportBinding ||
      definition.node.type !== AST_NODE_TYPES.ImportSpecifier
    ) {
      return undefined;
    }
    const { imported } = definition.node;
    return imported.type === AST_NODE_TYPES.Identifier
      ? imported.name
      : imported.value;
  }

  function isRedactorCall(call: TSESTree.CallExpression): boolean {
    const { redactorName } = settings;
    return (
      redactorName !== undefined &&
      getCalleeNames(unwrapExpression(call.callee), getImportedName).includes(
        redactorName,
      )
    );
  }

  /**
   * A value that holds no secret whatever its name: `0`, `""`, a hash, or
   * such values put together (`token.slice(0, 6) + "…"`).
   */
  function isSafeValue(node: TSESTree.Node): boolean {
    if (getTaint(node)) {
      return false;
    }
    const expression = unwrapExpression(node);
    switch (expression.type) {
      case AST_NODE_TYPES.BinaryExpression:
        return (
          expression.operator !== '+' ||
          (isSafeValue(expression.left) && isSafeValue(expression.right))
        );
      case AST_NODE_TYPES.LogicalExpression:
        return isSafeValue(expression.left) && isSafeValue(expression.right);
      case AST_NODE_TYPES.ConditionalExpression:
        return (
          isSafeValue(expression.consequent) &&
          isSafeValue(expression.alternate)
        );
      case AST_NODE_TYPES.TemplateLiteral:
        return expression.expressions.every(isSafeValue);
      default:
        return (
          isLiteralValue(expression) ||
          isFunctionNode(expression) ||
          expression.type === AST_NODE_TYPES.ClassExpression ||
          isSanitizedExpression(expression, isRedactorCall)
        );
    }
  }

  function getLiteralTaint(
    node: TSESTree.Node,
    value: unknown,
    binding?: LiteralBinding,
  ): Taint | undefined {
    if (typeof value !== 'string') {
      return undefined;
    }
    const secret = findHardcodedSecret(value, binding);
    return (
      secret && {
        origin: { kind: 'literal', node, masked: secret.masked },
        carrier: node,
        fields: undefined,
      }
    );
  }

  /**
   * The taint of a value bound to `name`: a string bound to a secret name
   * (`password = "hunter2"`) is judged with its name, as
   * `no-hardcoded-secrets` judges it.
   */
  function getBoundTaint(
    value: TSESTree.Node,
    name: string | undefined,
  ): Taint | undefined {
    const taint = getTaint(value);
    if (taint || name === undefined || !nameMatcher.isSecretName(name)) {
      return taint;
    }
    const text = getStringValue(unwrapExpression(value));
    return text === undefined
      ? undefined
      : getLiteralTaint(value, text, { name, isSecretName: true });
  }

  function getTemplateTaint(node: TSESTree.TemplateLiteral): Taint | undefined {
    let taint: Taint | undefined;
    for (const quasi of node.quasis) {
      taint = unionTaint(taint, getLiteralTaint(quasi, quasi.value.cooked));
    }
    for (const expression of node.expressions) {
      taint = unionTaint(taint, getTaint(expression));
    }
    return taint && asOpaque(taint, taint.carrier);
  }

  function getArrayTaint(node: TSESTree.ArrayExpression): Taint | undefined {
    let taint: Taint | undefined;
    for (const element of node.elements) {
      if (element) {
        taint = unionTaint(taint, getTaint(element));
      }
    }
    return taint && asOpaque(taint, taint.carrier);
  }

  // Fields with static names are known one by one; a spread of an opaque
  // value or a secret under a computed key makes the object opaque.
  function getObjectTaint(node: TSESTree.ObjectExpression): Taint | undefined {
    const fields = new Map<string, Taint>();
    let opaque: Taint | undefined;
    for (const property of node.properties) {
      if (property.type === AST_NODE_TYPES.SpreadElement) {
        const spread = getTaint(property.argument);
        if (spread?.fields) {
          for (const [name, field] of spread.fields) {
            fields.set(name, field);
          }
        } else {
          opaque = unionTaint(opaque, spread);
        }
        continue;
      }

      const taint = getPropertyTaint(property);
      const name = getStaticKey(property);
      if (taint && name === undefined) {
        opaque = unionTaint(opaque, taint);
      } else if (taint && name !== undefined) {
        fields.set(name, taint);
      }
    }

    if (opaque) {
      const merged = unionTaint(opaque, createObjectTaint(fields)) ?? opaque;
      return asOpaque(merged, merged.carrier);
    }
    return createObjectTaint(fields);
  }

  function getPropertyTaint(property: TSESTree.Property): Taint | undefined {
    if (property.kind !== 'init' || property.method) {
      return undefined;
    }

    const { value } = property;
    const name = getStaticKey(property);
    const flow = getBoundTaint(value, name);
    return preferFlow(flow, () =>
      name === undefined || isSafeValue(value)
        ? undefined
        : createNameTaint(name, property.key, property.key, nameMatcher),
    );
  }

  const warmUp = (): void => {
    for (const value of facts.getWrittenValues()) {
      getTaint(value);
    }
  };

  return { getTaint, getPropertyTaint, warmUp };
}
