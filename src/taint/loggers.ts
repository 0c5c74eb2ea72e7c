import {
  AST_NODE_TYPES,
  TSESLint,
  type TSESTree,
} from '@typescript-eslint/utils';

import { splitNameWords } from '../engine/index.js';
import {
  getImportedBinding,
  type ImportBindingNode,
} from '../util/importedBinding.js';
import {
  getMethodCall,
  getStaticKey,
  getStringValue,
  unwrapExpression,
} from './ast.js';
import type { BindingIndex } from './bindings.js';

/**
 * What an expression is to a logging library:
 * - `logger`: its level methods log (`logger.info(…)`), its factory
 *   methods (`child`, `createLogger`) and `new` make loggers;
 * - `module`: its factory methods and `new` make loggers (`bunyan`);
 * - `factory`: calling it makes a logger (`pino()`, `createLogger()`);
 * - `debugFactory`: calling it makes a `debug` instance (`debug("app")`);
 * - `debug`: calling it logs (`const trace = debug("app"); trace(x)`).
 */
export type LoggerKind =
  'debug' | 'debugFactory' | 'factory' | 'logger' | 'module';

interface ModuleExports {
  default?: LoggerKind;
  named?: Readonly<Record<string, LoggerKind>>;
}

// The logging libraries, by what their default and named exports are.
const LOGGER_MODULES = new Map<string, ModuleExports>([
  ['@nestjs/common', { named: { ConsoleLogger: 'module', Logger: 'logger' } }],
  ['bunyan', { default: 'module', named: { createLogger: 'factory' } }],
  [
    'consola',
    {
      default: 'logger',
      named: { consola: 'logger', createConsola: 'factory' },
    },
  ],
  ['debug', { default: 'debugFactory', named: { debug: 'debugFactory' } }],
  ['log4js', { default: 'module', named: { getLogger: 'factory' } }],
  ['loglevel', { default: 'logger', named: { getLogger: 'factory' } }],
  ['npmlog', { default: 'logger' }],
  ['pino', { default: 'factory', named: { pino: 'factory' } }],
  ['signale', { default: 'logger', named: { Signale: 'module' } }],
  ['winston', { default: 'logger', named: { createLogger: 'factory' } }],
]);

// Methods of loggers and logging modules that return a logger.
const FACTORY_METHODS = new Set([
  'child',
  'create',
  'createConsola',
  'createLogger',
  'getLogger',
  'scope',
  'withDefaults',
  'withTag',
]);

// Methods that write a log line, on any logger.
const LEVEL_METHODS = new Set([
  'critical',
  'debug',
  'error',
  'fatal',
  'info',
  'log',
  'notice',
  'silly',
  'success',
  'trace',
  'verbose',
  'warn',
  'warning',
]);

// More level methods, only on loggers known by their import: consola,
// signale, npmlog and winston's syslog levels.
const LIBRARY_LEVEL_METHODS = new Set([
  'alert',
  'box',
  'complete',
  'crit',
  'emerg',
  'fail',
  'fav',
  'http',
  'note',
  'pending',
  'ready',
  'star',
  'start',
  'timing',
  'watch',
]);

// `console` methods that write their arguments.
const CONSOLE_METHODS = new Set([
  'assert',
  'debug',
  'dir',
  'dirxml',
  'error',
  'group',
  'groupCollapsed',
  'info',
  'log',
  'table',
  'timeLog',
  'trace',
  'warn',
]);

const GLOBAL_OBJECTS = new Set(['global', 'globalThis', 'self', 'window']);

// The `debug` module's name, or an escape that could spell it.
const MAY_NAME_DEBUG = /debug|\\[1ux]/u;

// How many steps of recognition may be nested.
const MAX_DEPTH = 400;

export interface LoggerRecognizer {
  /** The arguments a call writes to a log, or `undefined` for no sink. */
  getLoggedArguments: (
    call: TSESTree.CallExpression,
  ) => readonly TSESTree.CallExpressionArgument[] | undefined;
}

/**
 * Recognises log sinks: `console.*`, `process.stdout.write`, loggers from
 * the logging libraries by their imports (`const log = pino()`,
 * `winston.createLogger()`, `new Logger()` from `@nestjs/common`), objects
 * named like loggers (`log`, `logger`, `authLogger`) calling a level method,
 * and the `loggers` setting (`audit`, `ctx.log`) as written in code.
 */
export function createLoggerRecognizer(
  bindings: BindingIndex,
  configuredLoggers: readonly string[],
  sourceText: string,
): LoggerRecognizer {
  const kinds = new Map<TSESTree.Node, LoggerKind | null>();
  let depth = 0;
  const configured = new Set(configuredLoggers);
  // Every callee is asked whether it is a `debug` instance; only a file that
  // names the module can hold one, and asking costs a scope lookup.
  const mayUseDebug = MAY_NAME_DEBUG.test(sourceText);

  function getLoggerKind(node: TSESTree.Node): LoggerKind | undefined {
    const cached = kinds.get(node);
    if (cached !== undefined) {
      return cached ?? undefined;
    }
    // Limitation: past `MAX_DEPTH` nested steps (a chain of thousands of
    // aliases) the kind is unknown, so that the stack cannot overflow.
    if (depth >= MAX_DEPTH) {
      return undefined;
    }

    // Unknown while in progress, so that `let a = b, b = a` ends.
    kinds.set(node, null);
    depth++;
    const kind = computeLoggerKind(unwrapExpression(node));
    depth--;
    kinds.set(node, kind ?? null);
    return kind;
  }

  function computeLoggerKind(node: TSESTree.Node): LoggerKind | undefined {
    switch (node.type) {
      case AST_NODE_TYPES.Identifier:
        return getIdentifierKind(node);
      case AST_NODE_TYPES.CallExpression:
        return getCallKind(node);
      case AST_NODE_TYPES.NewExpression: {
        const kind = getLoggerKind(node.callee);
        return kind === 'logger' || kind === 'module' || kind === 'factory'
          ? 'logger'
          : undefined;
      }
      case AST_NODE_TYPES.AwaitExpression:
        return getLoggerKind(node.argument);
      default:
        return undefined;
    }
  }

  function getIdentifierKind(
    node: TSESTree.Identifier,
  ): LoggerKind | undefined {
    const definitions = bindings.getReference(node)?.resolved?.defs ?? [];
    const definition = definitions.at(0);
    if (definitions.length !== 1 || !definition) {
      return undefined;
    }

    if (definition.type === TSESLint.Scope.DefinitionType.ImportBinding) {
      return getImportKind(definition.node);
    }
    if (definition.type !== TSESLint.Scope.DefinitionType.Variable) {
      return undefined;
    }

    const declarator = definition.node;
    if (!declarator.init) {
      return undefined;
    }
    if (declarator.id === definition.name) {
      return getLoggerKind(declarator.init);
    }
    return getDestructuredKind(definition.name, declarator.init);
  }

  // `const { createLogger } = require("winston")`, `= winston`.
  function getDestructuredKind(
    name: TSESTree.Identifier,
    init: TSESTree.Expression,
  ): LoggerKind | undefined {
    const property = name.parent;
    if (
      property.type !== AST_NODE_TYPES.Property ||
      property.value !== name ||
      property.parent.type !== AST_NODE_TYPES.ObjectPattern
    ) {
      return undefined;
    }
    const key = getStaticKey(property);
    if (key === undefined) {
      return undefined;
    }

    const module = getRequiredModule(init);
    if (module !== undefined) {
      return LOGGER_MODULES.get(module)?.named?.[key];
    }
    const kind = getLoggerKind(init);
    return (kind === 'logger' || kind === 'module') && FACTORY_METHODS.has(key)
      ? 'factory'
      : undefined;
  }

  function getCallKind(node: TSESTree.CallExpression): LoggerKind | undefined {
    const module = getRequiredModule(node);
    if (module !== undefined) {
      return LOGGER_MODULES.get(module)?.default;
    }

    const calleeKind = getLoggerKind(node.callee);
    if (calleeKind === 'factory') {
      return 'logger';
    }
    if (calleeKind === 'debugFactory') {
      return 'debug';
    }

    const method = getMethodCall(node);
    if (!method) {
      return undefined;
    }
    const objectKind = getLoggerKind(method.object);
    if (
      (objectKind === 'logger' || objectKind === 'module') &&
      FACTORY_METHODS.has(method.method)
    ) {
      return 'logger';
    }
    return objectKind === 'debug' && method.method === 'extend'
      ? 'debug'
      : undefined;
  }

  function isGlobal(node: TSESTree.Node, name: string): boolean {
    const target = unwrapExpression(node);
    if (target.type !== AST_NODE_TYPES.Identifier || target.name !== name) {
      return false;
    }
    const variable = bindings.getReference(target)?.resolved;
    return !variable || variable.defs.length === 0;
  }

  // `console`, `globalThis.console`, `window.console`.
  function isConsole(node: TSESTree.Node): boolean {
    const target = unwrapExpression(node);
    if (target.type !== AST_NODE_TYPES.MemberExpression) {
      return isGlobal(target, 'console');
    }
    const object = unwrapExpression(target.object);
    return (
      getStaticKey(target) === 'console' &&
      object.type === AST_NODE_TYPES.Identifier &&
      GLOBAL_OBJECTS.has(object.name) &&
      isGlobal(object, object.name)
    );
  }

  // `process.stdout`, `process.stderr`.
  function isProcessStream(node: TSESTree.Node): boolean {
    const target = unwrapExpression(node);
    if (target.type !== AST_NODE_TYPES.MemberExpression) {
      return false;
    }
    const stream = getStaticKey(target);
    return (
      (stream === 'stdout' || stream === 'stderr') &&
      isGlobal(target.object, 'process')
    );
  }

  function isConfigured(node: TSESTree.Node): boolean {
    if (configured.size === 0) {
      return false;
    }
    const name = getWrittenName(node);
    return name !== undefined && configured.has(name);
  }

  function getLoggedArguments(
    call: TSESTree.CallExpression,
  ): readonly TSESTree.CallExpressionArgument[] | undefined {
    const args = call.arguments;
    const callee = unwrapExpression(call.callee);
    if (
      isConfigured(callee) ||
      (mayUseDebug && getLoggerKind(callee) === 'debug')
    ) {
      return args;
    }

    const method = getMethodCall(call);
    if (!method) {
      return undefined;
    }
    const { object, method: name } = method;
    if (isConfigured(object)) {
      return args;
    }
    if (!isLoggingMethod(name)) {
      return undefined;
    }
    if (isConsole(object)) {
      return getConsoleArguments(name, args);
    }
    if (isProcessStream(object)) {
      return name === 'write' ? args.slice(0, 1) : undefined;
    }

    if (getLoggerKind(object) === 'logger') {
      return isLevelMethod(name) || LIBRARY_LEVEL_METHODS.has(name)
        ? args
        : undefined;
    }
    return isLevelMethod(name) && isLoggerName(object) ? args : undefined;
  }

  return { getLoggedArguments };
}

// A cheap first filter: a method that no sink has.
function isLoggingMethod(name: string): boolean {
  return (
    isLevelMethod(name) ||
    LIBRARY_LEVEL_METHODS.has(name) ||
    CONSOLE_METHODS.has(name) ||
    name === 'write'
  );
}

// `child(bindings)` writes its bindings into every line of the child.
function isLevelMethod(name: string): boolean {
  return LEVEL_METHODS.has(name) || name === 'child';
}

function getConsoleArguments(
  method: string,
  args: readonly TSESTree.CallExpressionArgument[],
): readonly TSESTree.CallExpressionArgument[] | undefined {
  if (!CONSOLE_METHODS.has(method)) {
    return undefined;
  }
  // `console.assert(condition, …message)`: the condition is not written.
  return method === 'assert' ? args.slice(1) : args;
}

/** `log`, `logger`, `authLogger`, `this.logger`, `request.log`. */
function isLoggerName(node: TSESTree.Node): boolean {
  const target = unwrapExpression(node);
  let name: string | undefined;
  if (target.type === AST_NODE_TYPES.Identifier) {
    name = target.name;
  } else if (target.type === AST_NODE_TYPES.MemberExpression) {
    name = getStaticKey(target);
  }
  if (name === undefined) {
    return false;
  }

  const words = splitNameWords(name);
  const last = words.at(-1);
  return last === 'logger' || (words.length === 1 && last === 'log');
}

// The name of a callee or an object as written, for the `loggers` setting:
// `audit`, `ctx.log`, `this.audit`.
function getWrittenName(node: TSESTree.Node): string | undefined {
  const target = unwrapExpression(node);
  switch (target.type) {
    case AST_NODE_TYPES.Identifier:
      return target.name;
    case AST_NODE_TYPES.ThisExpression:
      return 'this';
    case AST_NODE_TYPES.MemberExpression: {
      if (target.computed) {
        return undefined;
      }
      const object = getWrittenName(target.object);
      const key = getStaticKey(target);
      return object === undefined || key === undefined
        ? undefined
        : `${object}.${key}`;
    }
    default:
      return undefined;
  }
}

// `require("pino")`, with a literal module name.
function getRequiredModule(node: TSESTree.Node): string | undefined {
  const call = unwrapExpression(node);
  if (
    call.type !== AST_NODE_TYPES.CallExpression ||
    call.callee.type !== AST_NODE_TYPES.Identifier ||
    call.callee.name !== 'require'
  ) {
    return undefined;
  }
  const first = call.arguments.at(0);
  return first && getStringValue(first);
}

// `import pino from "pino"`, `import { Logger } from "@nestjs/common"`.
function getImportKind(node: ImportBindingNode): LoggerKind | undefined {
  const binding = getImportedBinding(node);
  const exports = binding && LOGGER_MODULES.get(binding.module);
  if (!exports) {
    return undefined;
  }
  return binding.name === undefined
    ? exports.default
    : exports.named?.[binding.name];
}
