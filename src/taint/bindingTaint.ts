import {
  AST_NODE_TYPES,
  TSESLint,
  type TSESTree,
} from '@typescript-eslint/utils';

import { getStaticKey } from './ast.js';
import { type BindingWrite, countWritesBefore } from './bindings.js';
import { type Evaluator, preferFlow } from './evaluator.js';
import { createNameTaint, getFieldTaint, getRestTaint } from './fields.js';
import { getParameterIndex } from './functions.js';
import { getWrittenValue, type PathStep } from './patterns.js';
import { getEnvOrigin } from './sources.js';
import {
  asOpaque,
  carriedBy,
  createObjectTaint,
  type Taint,
  unionTaint,
} from './types.js';

type Variable = TSESLint.Scope.Variable;

// `prefixes[i]` is the union of the first `i` writes of a variable.
interface WritePrefixes {
  prefixes: (Taint | undefined)[];
  isBusy: boolean;
}

/**
 * Evaluates identifiers: the value a read sees is the union of the writes
 * that take effect before it in the same function, or of all writes for a
 * read inside another function (which may run at any time). The unions are
 * built once per variable, in order, as prefixes that later reads reuse.
 */
export function createBindingEvaluator(evaluator: Evaluator): {
  getIdentifierTaint: (node: TSESTree.Identifier) => Taint | undefined;
} {
  const { sourceCode, bindings, settings } = evaluator;
  const { nameMatcher } = settings;
  const writePrefixes = new Map<Variable, WritePrefixes>();
  const safeVariables = new Map<Variable, boolean>();

  function getIdentifierTaint(node: TSESTree.Identifier): Taint | undefined {
    if (node.name === 'undefined') {
      return undefined;
    }

    const env = getEnvOrigin(node, sourceCode, nameMatcher);
    if (env !== undefined) {
      return env
        ? { origin: env, carrier: node, fields: undefined }
        : undefined;
    }

    const reference = bindings.getReference(node);
    const variable = reference?.resolved;
    if (!reference || !variable) {
      return createNameTaint(node.name, node, node, nameMatcher);
    }

    const definition = variable.defs.at(0);
    if (!definition || !isValueDefinition(definition)) {
      return undefined;
    }

    const isSameFunction =
      reference.from.variableScope === variable.scope.variableScope;
    const writes = bindings.getWrites(variable);
    const count = isSameFunction
      ? countWritesBefore(writes, node.range[0])
      : writes.length;
    const flow = getWritesTaint(variable, writes, count);
    const taint = preferFlow(flow, () =>
      isSafeVariable(variable)
        ? undefined
        : createNameTaint(node.name, node, node, nameMatcher),
    );

    // A parameter also stands for what each caller passes.
    const index = getParameterIndex(definition.node, definition.name);
    if (index === -1) {
      return taint && carriedBy(taint, node);
    }
    const parameter: Taint = taint ?? {
      origin: { kind: 'parameter', node: definition.node },
      carrier: node,
      fields: undefined,
    };
    return { ...parameter, carrier: node, parameters: [index] };
  }

  function getWritesTaint(
    variable: Variable,
    writes: readonly BindingWrite[],
    count: number,
  ): Taint | undefined {
    let state = writePrefixes.get(variable);
    if (!state) {
      state = { prefixes: [undefined], isBusy: false };
      writePrefixes.set(variable, state);
    }

    const { prefixes } = state;
    // A write that reads its own variable past itself is a cycle: it gets
    // what is known so far.
    if (state.isBusy) {
      return prefixes[Math.min(count, prefixes.length - 1)];
    }

    state.isBusy = true;
    for (let index = prefixes.length - 1; index < count; index++) {
      const write = writes.at(index);
      const taint = write && getWriteTaint(write);
      prefixes.push(unionTaint(prefixes.at(index), taint));
    }
    state.isBusy = false;
    return prefixes[count];
  }

  function getWriteTaint(write: BindingWrite): Taint | undefined {
    if (write.kind === 'field') {
      return getFieldWriteTaint(write.assignment, write.name);
    }

    const identifier = write.reference.identifier;
    if (identifier.type !== AST_NODE_TYPES.Identifier) {
      return undefined;
    }

    const env = getPatternEnvTaint(identifier);
    if (env !== undefined) {
      return env ?? undefined;
    }

    const { value, steps } = getWrittenValue(identifier, write.writeExpr);
    if (steps.length === 0) {
      return evaluator.getBoundTaint(value, identifier.name);
    }

    let taint = evaluator.getTaint(value);
    let code = taint ? sourceCode.getText(value) : '';
    for (const step of steps) {
      if (!taint) {
        return undefined;
      }
      code = step.kind === 'key' ? `${code}.${step.name ?? '[…]'}` : code;
      taint = applyStep(taint, step, identifier, code);
    }
    return taint;
  }

  function applyStep(
    taint: Taint,
    step: PathStep,
    node: TSESTree.Node,
    code: string,
  ): Taint | undefined {
    switch (step.kind) {
      case 'element':
        return asOpaque(taint, node);
      case 'keys':
        return undefined;
      case 'key':
        return getFieldTaint(taint, step.name, node, nameMatcher, code);
      case 'rest':
        return getRestTaint(taint, step.taken, node);
    }
  }

  // `const { DB_PASSWORD } = process.env` reads one variable per property.
  function getPatternEnvTaint(
    identifier: TSESTree.Identifier,
  ): Taint | null | undefined {
    let target: TSESTree.Node = identifier;
    if (target.parent.type === AST_NODE_TYPES.AssignmentPattern) {
      target = target.parent;
    }
    const holder = target.parent;
    if (
      holder.type !== AST_NODE_TYPES.Property &&
      holder.type !== AST_NODE_TYPES.RestElement
    ) {
      return undefined;
    }

    const env = getEnvOrigin(holder, sourceCode, nameMatcher);
    if (env === undefined) {
      return undefined;
    }
    if (!env) {
      return null;
    }

    // Quoted as the read it stands for: `process.env.DB_PASSWORD`.
    const source = getDestructuredValue(holder.parent);
    const object = source ? sourceCode.getText(source) : undefined;
    const key =
      holder.type === AST_NODE_TYPES.Property
        ? getStaticKey(holder)
        : undefined;
    const code =
      object !== undefined && key !== undefined ? `${object}.${key}` : object;
    return {
      origin: code === undefined ? env : { ...env, code },
      carrier: identifier,
      fields: undefined,
    };
  }

  // `headers.authorization = value` adds a field to the object in `headers`.
  function getFieldWriteTaint(
    assignment: TSESTree.AssignmentExpression,
    name: string | undefined,
  ): Taint | undefined {
    const value = evaluator.getBoundTaint(assignment.right, name);
    if (name === undefined) {
      return value && asOpaque(value, value.carrier);
    }

    const field = preferFlow(value, () =>
      evaluator.isSafeValue(assignment.right)
        ? undefined
        : createNameTaint(name, assignment.left, assignment.left, nameMatcher),
    );
    return field && createObjectTaint(new Map([[name, field]]));
  }

  /** Whether every write of a variable is a value that holds no secret. */
  function isSafeVariable(variable: Variable): boolean {
    const cached = safeVariables.get(variable);
    if (cached !== undefined) {
      return cached;
    }

    // Assumed unsafe while deciding, so that a cycle ends.
    safeVariables.set(variable, false);
    const writes = bindings
      .getWrites(variable)
      .flatMap(write => (write.kind === 'binding' ? [write] : []));
    // Each write must give the whole value (`x = value`, not a pattern).
    const isSafe =
      writes.length > 0 &&
      writes.every(
        write =>
          write.reference.identifier.parent === write.writeExpr.parent &&
          evaluator.isSafeValue(write.writeExpr),
      );
    safeVariables.set(variable, isSafe);
    return isSafe;
  }

  return { getIdentifierTaint };
}

// The value an object pattern takes apart, when written next to it.
function getDestructuredValue(
  pattern: TSESTree.Node,
): TSESTree.Node | undefined {
  const { parent } = pattern;
  switch (parent?.type) {
    case AST_NODE_TYPES.VariableDeclarator:
      return parent.id === pattern ? (parent.init ?? undefined) : undefined;
    case AST_NODE_TYPES.AssignmentExpression:
    case AST_NODE_TYPES.AssignmentPattern:
      return parent.left === pattern ? parent.right : undefined;
    default:
      return undefined;
  }
}

// Bindings that hold values; functions, classes, enums and types do not.
function isValueDefinition(definition: TSESLint.Scope.Definition): boolean {
  switch (definition.type) {
    case TSESLint.Scope.DefinitionType.Variable:
    case TSESLint.Scope.DefinitionType.Parameter:
    case TSESLint.Scope.DefinitionType.ImportBinding:
    case TSESLint.Scope.DefinitionType.CatchClause:
      return true;
    default:
      return false;
  }
}
