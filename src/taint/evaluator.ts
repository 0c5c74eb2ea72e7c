import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import type { BindingIndex } from './bindings.js';
import type { FileFacts } from './facts.js';
import type { SourceSettings } from './sources.js';
import type { Taint } from './types.js';

export interface TrackerSettings extends SourceSettings {
  /** The configured redactor's name, whose result is never a secret. */
  redactorName: string | undefined;
}

/**
 * What the parts of the taint tracker share: the file, the settings, and
 * the memoised evaluation that each part calls back into.
 */
export interface Evaluator {
  sourceCode: Readonly<TSESLint.SourceCode>;
  bindings: BindingIndex;
  facts: FileFacts;
  settings: TrackerSettings;
  /** The secret an expression holds, evaluated once per node. */
  getTaint: (node: TSESTree.Node) => Taint | undefined;
  /** The taint of a value bound to `name`, which judges a string by it. */
  getBoundTaint: (
    value: TSESTree.Node,
    name: string | undefined,
  ) => Taint | undefined;
  /** A value that holds no secret whatever its name: `0`, `""`, a hash. */
  isSafeValue: (node: TSESTree.Node) => boolean;
  isRedactorCall: (call: TSESTree.CallExpression) => boolean;
  /** The name an imported identifier has in its module. */
  getImportedName: (identifier: TSESTree.Identifier) => string | undefined;
}

/**
 * A followed value wins over a name; a name wins over a mere parameter,
 * which is only a secret when a caller passes one.
 */
export function preferFlow(
  flow: Taint | undefined,
  getNamed: () => Taint | undefined,
): Taint | undefined {
  if (flow && flow.origin.kind !== 'parameter') {
    return flow;
  }
  return getNamed() ?? flow;
}
