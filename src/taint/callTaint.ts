import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';

import { type FunctionNode, getStaticKey, unwrapExpression } from './ast.js';
import type { Evaluator } from './evaluator.js';
import { getFieldTaint } from './fields.js';
import { getDeclaredFunction } from './functions.js';
import {
  getCarriedArguments,
  isCarryingConstructor,
  isCarryingMethod,
  isFieldGetter,
} from './propagation.js';
import { isSanitizedExpression } from './sanitizers.js';
import {
  getEnvOrigin,
  getSourceCallKind,
  isCredentialHeaderCall,
} from './sources.js';
import { asOpaque, isParameterTaint, type Taint, unionTaint } from './types.js';

/**
 * Evaluates calls: sources (the accessor, `sources`, `Deno.env.get`,
 * header getters), sanitizers, functions and methods that carry their
 * argument or receiver, and functions declared in the same file, through a
 * summary of what each returns, computed once.
 */
export function createCallEvaluator(evaluator: Evaluator): {
  getCallTaint: (node: TSESTree.CallExpression) => Taint | undefined;
  getNewTaint: (node: TSESTree.NewExpression) => Taint | undefined;
} {
  const { sourceCode, bindings, facts, settings } = evaluator;
  const { nameMatcher } = settings;
  const returnTaints = new Map<FunctionNode, Taint | null>();

  function getCallTaint(node: TSESTree.CallExpression): Taint | undefined {
    if (isSanitizedExpression(node, evaluator.isRedactorCall)) {
      return undefined;
    }

    const sourceKind = getSourceCallKind(
      node,
      settings,
      evaluator.getImportedName,
    );
    if (sourceKind) {
      return {
        origin: { kind: sourceKind, node },
        carrier: node,
        fields: undefined,
      };
    }

    const env = getEnvOrigin(node, sourceCode, nameMatcher);
    if (env !== undefined) {
      return env
        ? { origin: env, carrier: node, fields: undefined }
        : undefined;
    }

    if (isCredentialHeaderCall(node, nameMatcher, isHeadersValue)) {
      return {
        origin: { kind: 'headers', node },
        carrier: node,
        fields: undefined,
      };
    }

    const carried = getCarriedArguments(node);
    if (carried) {
      const values =
        carried === 'all' ? node.arguments : node.arguments.slice(0, 1);
      return getUnionOf(values);
    }

    return getMethodResultTaint(node) ?? getLocalCallTaint(node);
  }

  function isHeadersValue(node: TSESTree.Node): boolean {
    return evaluator.getTaint(node)?.origin.kind === 'headers';
  }

  function getUnionOf(nodes: readonly TSESTree.Node[]): Taint | undefined {
    let taint: Taint | undefined;
    for (const node of nodes) {
      taint = unionTaint(taint, evaluator.getTaint(node));
    }
    return taint;
  }

  // `token.trim()`, `parts.join(":")`, `config.get("apiKey")`.
  function getMethodResultTaint(
    node: TSESTree.CallExpression,
  ): Taint | undefined {
    const callee = unwrapExpression(node.callee);
    if (
      callee.type !== AST_NODE_TYPES.MemberExpression ||
      callee.object.type === AST_NODE_TYPES.Super
    ) {
      return undefined;
    }
    const method = getStaticKey(callee);
    if (method === undefined) {
      return undefined;
    }

    if (method === 'concat') {
      return getUnionOf([callee.object, ...node.arguments]);
    }

    const receiver = evaluator.getTaint(callee.object);
    if (!receiver) {
      return undefined;
    }
    if (isCarryingMethod(method)) {
      return asOpaque(receiver, receiver.carrier);
    }

    const first = node.arguments.at(0);
    if (!isFieldGetter(method) || !first) {
      return undefined;
    }
    const key = unwrapExpression(first);
    const name = key.type === AST_NODE_TYPES.Literal ? key.value : undefined;
    return getFieldTaint(
      receiver,
      typeof name === 'string' ? name : undefined,
      node,
      nameMatcher,
    );
  }

  // `loadConfig()`, `withBearer(token)`: a function declared in this file.
  function getLocalCallTaint(node: TSESTree.CallExpression): Taint | undefined {
    const callee = unwrapExpression(node.callee);
    if (callee.type !== AST_NODE_TYPES.Identifier) {
      return undefined;
    }
    const variable = bindings.getReference(callee)?.resolved;
    const fn = variable && getDeclaredFunction(variable);
    const returned = fn && getReturnTaint(fn);
    if (!returned) {
      return undefined;
    }

    // What the call passes for the parameters that flow to the result,
    // then what the function returns of its own.
    let passed: Taint | undefined;
    for (const index of returned.parameters ?? []) {
      const argument = node.arguments.at(index);
      if (argument && argument.type !== AST_NODE_TYPES.SpreadElement) {
        passed = unionTaint(passed, evaluator.getTaint(argument));
      }
    }
    if (isParameterTaint(returned)) {
      return passed;
    }
    const own: Taint = {
      origin: returned.origin,
      carrier: node,
      fields: returned.fields,
    };
    return unionTaint(passed, own);
  }

  function getReturnTaint(fn: FunctionNode): Taint | undefined {
    const cached = returnTaints.get(fn);
    if (cached !== undefined) {
      return cached ?? undefined;
    }

    // Clean while in progress, so that recursion ends.
    returnTaints.set(fn, null);
    const taint = getUnionOf(facts.getReturnedValues(fn));
    returnTaints.set(fn, taint ?? null);
    return taint;
  }

  // `new URL(databaseUrl)`, `new Error("bad key " + key)`.
  function getNewTaint(node: TSESTree.NewExpression): Taint | undefined {
    const first = node.arguments.at(0);
    return first && isCarryingConstructor(node)
      ? evaluator.getTaint(first)
      : undefined;
  }

  return { getCallTaint, getNewTaint };
}
