import {
  AST_NODE_TYPES,
  TSESLint,
  type TSESTree,
} from '@typescript-eslint/utils';

import {
  getImportedBinding,
  type ImportBindingNode,
} from './importedBinding.js';
import { getStaticKeyName, getStaticString } from './staticKeys.js';
import { skipTransparentWrappers } from './transparentWrappers.js';
import { resolveVariable } from './resolveVariable.js';

type Variable = TSESLint.Scope.Variable;
type SourceCode = Readonly<TSESLint.SourceCode>;

/**
 * What an expression evaluates to: the `process` module, an environment
 * object whose properties are variables (`process.env`, `import.meta.env`,
 * `Bun.env`), or Deno's environment, whose variables are read by method.
 */
export type EnvObjectKind = 'denoEnv' | 'env' | 'process';

const PROCESS_MODULES = new Set(['node:process', 'process']);

const GLOBAL_OBJECT_NAMES = new Set(['global', 'globalThis']);

/**
 * What a file's aliases of `process` and of its environment are. Built once
 * per file and shared by every rule that asks, since they see the same AST.
 */
export interface FileAliases {
  sourceCode: SourceCode;
  /** The names of alias variables anywhere in the file: a cheap first filter. */
  names: ReadonlySet<string>;
  kinds: Map<Variable, EnvObjectKind | null>;
}

const fileAliasesCache = new WeakMap<TSESTree.Program, FileAliases>();

/** The aliases of `process` and of the environment in the file. */
export function getFileAliases(sourceCode: SourceCode): FileAliases {
  const program = sourceCode.ast;
  const cached = fileAliasesCache.get(program);
  if (cached) {
    return cached;
  }

  const names = new Set<string>();
  const file: FileAliases = { sourceCode, names, kinds: new Map() };
  fileAliasesCache.set(program, file);

  const scopes = mayReadEnvironment(sourceCode)
    ? (sourceCode.scopeManager?.scopes ?? [])
    : [];

  // One pass over the file's variables finds every alias; later lookups of
  // a name that is not among them stop at the name. The filter already
  // serves the pass itself: scopes come outer first and variables in the
  // order they are declared, so an alias of an alias (`const e = env`)
  // meets its source's name in the set. (One declared after its use would
  // be in its temporal dead zone.)
  for (const scope of scopes) {
    for (const variable of scope.variables) {
      if (getVariableKind(variable, file) !== undefined) {
        names.add(variable.name);
      }
    }
  }
  return file;
}

// Every way to the environment spells `env` (`process.env`, `import.meta.env`,
// `Deno.env`, `{ env } = process`) unless it is written with escapes
// (`process["\x65nv"]`, `process.\u0065nv`, octal `"\145nv"`).
const MAY_NAME_ENV = /env|\\[1ux]/u;

const mayReadCache = new WeakMap<TSESTree.Program, boolean>();

/**
 * Whether the file's text can hold a read of the environment at all. Most
 * files cannot, and the rules skip them whole: the cheapest check there is.
 */
export function mayReadEnvironment(sourceCode: SourceCode): boolean {
  const program = sourceCode.ast;
  let result = mayReadCache.get(program);
  if (result === undefined) {
    result = MAY_NAME_ENV.test(sourceCode.text);
    mayReadCache.set(program, result);
  }
  return result;
}

/** What `node` evaluates to, judged by its shape before any scope lookup. */
export function getObjectKind(
  node: TSESTree.Node,
  file: FileAliases,
): EnvObjectKind | undefined {
  const target = skipTransparentWrappers(node);
  switch (target.type) {
    case AST_NODE_TYPES.Identifier:
      return getIdentifierKind(target, file);
    case AST_NODE_TYPES.MemberExpression:
      return getMemberKind(target, file);
    case AST_NODE_TYPES.CallExpression:
      return isProcessRequire(target, file) ? 'process' : undefined;
    // `(await import("node:process")).env`
    case AST_NODE_TYPES.AwaitExpression:
      return target.argument.type === AST_NODE_TYPES.ImportExpression &&
        isProcessModule(target.argument.source)
        ? 'process'
        : undefined;
    default:
      return undefined;
  }
}

/**
 * What an object pattern takes apart: its initializer, its default, the
 * right side of its assignment, or, nested (`{ env: { X } } = process`), the
 * property of what the outer pattern takes apart.
 */
export function getPatternSourceKind(
  pattern: TSESTree.ObjectPattern,
  file: FileAliases,
): EnvObjectKind | undefined {
  const { parent } = pattern;
  switch (parent.type) {
    case AST_NODE_TYPES.VariableDeclarator:
      return parent.id === pattern && parent.init
        ? getObjectKind(parent.init, file)
        : undefined;
    case AST_NODE_TYPES.AssignmentPattern:
      return parent.left === pattern
        ? getObjectKind(parent.right, file)
        : undefined;
    case AST_NODE_TYPES.AssignmentExpression:
      return parent.left === pattern && parent.operator === '='
        ? getObjectKind(parent.right, file)
        : undefined;
    case AST_NODE_TYPES.Property:
      return parent.value === pattern
        ? getPropertyKind(parent, file)
        : undefined;
    default:
      return undefined;
  }
}

// The `env` property taken out of `process` by a pattern.
function getPropertyKind(
  property: TSESTree.Property,
  file: FileAliases,
): EnvObjectKind | undefined {
  if (
    property.parent.type !== AST_NODE_TYPES.ObjectPattern ||
    getStaticKeyName(property) !== 'env'
  ) {
    return undefined;
  }
  return getPatternSourceKind(property.parent, file) === 'process'
    ? 'env'
    : undefined;
}

/**
 * Whether a variable is an alias of `process` or of the environment: one
 * definition, never reassigned, whose value is one (`const env =
 * process.env`, `const { env } = require("process")`, `import { env } from
 * "node:process"`, `import * as p from "process"`).
 */
export function getVariableKind(
  variable: Variable,
  file: FileAliases,
): EnvObjectKind | undefined {
  const cached = file.kinds.get(variable);
  if (cached !== undefined) {
    return cached ?? undefined;
  }

  // Marked before the work, so that a cycle (`var a = b, b = a`) ends.
  file.kinds.set(variable, null);
  const kind = computeVariableKind(variable, file);
  file.kinds.set(variable, kind ?? null);
  return kind;
}

function computeVariableKind(
  variable: Variable,
  file: FileAliases,
): EnvObjectKind | undefined {
  const definition = variable.defs.at(0);
  if (variable.defs.length !== 1 || definition === undefined) {
    return undefined;
  }

  if (definition.type === TSESLint.Scope.DefinitionType.ImportBinding) {
    return getImportKind(definition.node);
  }

  if (
    definition.type !== TSESLint.Scope.DefinitionType.Variable ||
    definition.node.init === null
  ) {
    return undefined;
  }

  const isReassigned = variable.references.some(
    reference => reference.isWrite() && !reference.init,
  );
  if (isReassigned) {
    return undefined;
  }

  const { name } = definition;
  if (definition.node.id === name) {
    return getObjectKind(definition.node.init, file);
  }
  return name.parent.type === AST_NODE_TYPES.Property &&
    name.parent.value === name
    ? getPropertyKind(name.parent, file)
    : undefined;
}

function getIdentifierKind(
  identifier: TSESTree.Identifier,
  file: FileAliases,
): EnvObjectKind | undefined {
  if (identifier.name === 'process' && isGlobalReference(identifier, file)) {
    return 'process';
  }

  if (!file.names.has(identifier.name)) {
    return undefined;
  }

  const variable = resolveVariable(file.sourceCode, identifier);
  return variable ? getVariableKind(variable, file) : undefined;
}

function getMemberKind(
  member: TSESTree.MemberExpression,
  file: FileAliases,
): EnvObjectKind | undefined {
  const name = getStaticKeyName(member);
  if (name !== 'env' && name !== 'process') {
    return undefined;
  }

  const object = skipTransparentWrappers(member.object);
  // `globalThis.process`, `global.process`
  if (name === 'process') {
    return object.type === AST_NODE_TYPES.Identifier &&
      GLOBAL_OBJECT_NAMES.has(object.name) &&
      isGlobalReference(object, file)
      ? 'process'
      : undefined;
  }

  // `import.meta.env`
  if (object.type === AST_NODE_TYPES.MetaProperty) {
    return object.meta.name === 'import' ? 'env' : undefined;
  }

  // `Bun.env`, `Deno.env`
  if (
    object.type === AST_NODE_TYPES.Identifier &&
    (object.name === 'Bun' || object.name === 'Deno')
  ) {
    if (!isGlobalReference(object, file)) {
      return undefined;
    }
    return object.name === 'Bun' ? 'env' : 'denoEnv';
  }
  return getObjectKind(object, file) === 'process' ? 'env' : undefined;
}

// `require("node:process")`, with the global `require`.
function isProcessRequire(
  call: TSESTree.CallExpression,
  file: FileAliases,
): boolean {
  const source = call.arguments.at(0);
  return (
    call.callee.type === AST_NODE_TYPES.Identifier &&
    call.callee.name === 'require' &&
    call.arguments.length === 1 &&
    source !== undefined &&
    isProcessModule(source) &&
    isGlobalReference(call.callee, file)
  );
}

export function isProcessModule(node: TSESTree.Node): boolean {
  const source = getStaticString(node);
  return source !== undefined && PROCESS_MODULES.has(source);
}

// A global is either undeclared or declared by the configuration, with no
// definition in the file.
function isGlobalReference(
  identifier: TSESTree.Identifier,
  file: FileAliases,
): boolean {
  const variable = resolveVariable(file.sourceCode, identifier);
  return variable === null || variable.defs.length === 0;
}

// `import process from "node:process"`, `import { env } from "process"`.
function getImportKind(node: ImportBindingNode): EnvObjectKind | undefined {
  const binding = getImportedBinding(node);
  if (binding === undefined || !PROCESS_MODULES.has(binding.module)) {
    return undefined;
  }
  if (binding.name === undefined) {
    return 'process';
  }
  return binding.name === 'env' ? 'env' : undefined;
}
