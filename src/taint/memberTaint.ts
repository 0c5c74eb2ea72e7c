import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';

import { getStaticKey } from './ast.js';
import {
  type ClassNode,
  collectDeclaredFields,
  getThisClass,
} from './classFields.js';
import { type Evaluator, preferFlow } from './evaluator.js';
import { createNameTaint, getFieldTaint } from './fields.js';
import { isSanitizedExpression } from './sanitizers.js';
import { getEnvOrigin, isHeadersMember } from './sources.js';
import { carriedBy, type Taint, unionTaint } from './types.js';

/**
 * Evaluates member reads: environment variables, request headers, fields
 * of secret-holding values, class fields read through `this`, and
 * properties with secret names (`user.password`).
 */
export function createMemberEvaluator(evaluator: Evaluator): {
  getMemberTaint: (node: TSESTree.MemberExpression) => Taint | undefined;
} {
  const { sourceCode, facts, settings } = evaluator;
  const { nameMatcher } = settings;
  const classFields = new Map<ClassNode, Map<string, TSESTree.Node[]>>();
  const fieldTaints = new Map<ClassNode, Map<string, Taint | null>>();

  function getMemberTaint(node: TSESTree.MemberExpression): Taint | undefined {
    const env = getEnvOrigin(node, sourceCode, nameMatcher);
    if (env !== undefined) {
      return env
        ? { origin: env, carrier: node, fields: undefined }
        : undefined;
    }

    if (
      node.object.type === AST_NODE_TYPES.Super ||
      isSanitizedExpression(node, evaluator.isRedactorCall)
    ) {
      return undefined;
    }

    const name = getStaticKey(node);
    if (node.object.type === AST_NODE_TYPES.ThisExpression) {
      return getThisFieldTaint(node, name);
    }

    if (isHeadersMember(node)) {
      return {
        origin: { kind: 'headers', node },
        carrier: node,
        fields: undefined,
      };
    }

    const object = evaluator.getTaint(node.object);
    const field = object && getFieldTaint(object, name, node, nameMatcher);
    return preferFlow(field, () =>
      name === undefined
        ? undefined
        : createNameTaint(name, node, node, nameMatcher),
    );
  }

  // `this.apiKey`: what the class writes to the field, or its name.
  function getThisFieldTaint(
    node: TSESTree.MemberExpression,
    name: string | undefined,
  ): Taint | undefined {
    if (name === undefined) {
      return undefined;
    }
    const classNode = getThisClass(node);
    if (!classNode) {
      return createNameTaint(name, node, node, nameMatcher);
    }

    const values = getClassFieldValues(classNode).get(name) ?? [];
    const flow = getClassFieldTaint(classNode, name, values);
    const taint = preferFlow(flow, () =>
      values.length > 0 && values.every(evaluator.isSafeValue)
        ? undefined
        : createNameTaint(name, node, node, nameMatcher),
    );
    return taint && carriedBy(taint, node);
  }

  function getClassFieldValues(
    classNode: ClassNode,
  ): Map<string, TSESTree.Node[]> {
    let fields = classFields.get(classNode);
    if (!fields) {
      fields = collectDeclaredFields(classNode);
      for (const [field, values] of facts.getThisWrites(classNode)) {
        fields.set(field, [...(fields.get(field) ?? []), ...values]);
      }
      classFields.set(classNode, fields);
    }
    return fields;
  }

  function getClassFieldTaint(
    classNode: ClassNode,
    name: string,
    values: readonly TSESTree.Node[],
  ): Taint | undefined {
    let taints = fieldTaints.get(classNode);
    if (!taints) {
      taints = new Map();
      fieldTaints.set(classNode, taints);
    }
    const cached = taints.get(name);
    if (cached !== undefined) {
      return cached ?? undefined;
    }

    // Clean while in progress: `this.a = this.a + x` ends here.
    taints.set(name, null);
    let taint: Taint | undefined;
    for (const value of values) {
      taint = unionTaint(taint, evaluator.getBoundTaint(value, name));
    }
    taints.set(name, taint ?? null);
    return taint;
  }

  return { getMemberTaint };
}
