import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';

import { getDottedName, unwrapExpression } from './ast.js';

/** Which arguments of a call its result carries. */
export type CarriedArguments = 'all' | 'first';

// Functions whose result holds their argument: `JSON.stringify(config)`,
// `Buffer.from(token).toString("base64")`.
const CARRYING_FUNCTIONS = new Map<string, CarriedArguments>([
  ['Array.from', 'first'],
  ['Array.of', 'all'],
  ['Buffer.from', 'first'],
  ['JSON.stringify', 'first'],
  ['Object.assign', 'all'],
  ['Object.entries', 'first'],
  ['Object.fromEntries', 'first'],
  ['Object.values', 'first'],
  ['Promise.resolve', 'first'],
  ['String', 'first'],
  ['btoa', 'first'],
  ['encodeURI', 'first'],
  ['encodeURIComponent', 'first'],
  ['escape', 'first'],
  ['structuredClone', 'first'],
  ['util.format', 'all'],
  ['util.inspect', 'first'],
]);

// Constructors whose instance holds their argument: `new URL(databaseUrl)`,
// `new Error("bad token " + token)`.
const CARRYING_CONSTRUCTORS = new Set(['Buffer', 'String', 'URL']);

// Methods whose result still holds the value they are called on:
// `token.trim()`, `secret.toString("base64")`, `parts.join(":")`.
const CARRYING_METHODS = new Set([
  'at',
  'charAt',
  'concat',
  'entries',
  'filter',
  'find',
  'flat',
  'join',
  'normalize',
  'padEnd',
  'padStart',
  'repeat',
  'replace',
  'replaceAll',
  'reverse',
  'slice',
  'sort',
  'split',
  'subarray',
  'substr',
  'substring',
  'toJSON',
  'toLocaleLowerCase',
  'toLocaleString',
  'toLocaleUpperCase',
  'toLowerCase',
  'toReversed',
  'toSorted',
  'toString',
  'toUpperCase',
  'toWellFormed',
  'trim',
  'trimEnd',
  'trimLeft',
  'trimRight',
  'trimStart',
  'valueOf',
  'values',
]);

// Methods that read a field by name: `config.get("apiKey")`.
const FIELD_GETTERS = new Set(['get', 'getOrThrow']);

/** Which arguments a call of a known carrying function passes on. */
export function getCarriedArguments(
  call: TSESTree.CallExpression,
): CarriedArguments | undefined {
  const name = getDottedName(call.callee);
  return name === undefined ? undefined : CARRYING_FUNCTIONS.get(name);
}

/** Whether `new X(value)` holds `value`: `URL`, `Buffer`, any `…Error`. */
export function isCarryingConstructor(node: TSESTree.NewExpression): boolean {
  const callee = unwrapExpression(node.callee);
  if (callee.type !== AST_NODE_TYPES.Identifier) {
    return false;
  }
  return (
    CARRYING_CONSTRUCTORS.has(callee.name) || callee.name.endsWith('Error')
  );
}

/** Whether calling `method` on a secret gives back the secret. */
export function isCarryingMethod(method: string): boolean {
  return CARRYING_METHODS.has(method);
}

/** Whether `method` reads a field by name, like a property access. */
export function isFieldGetter(method: string): boolean {
  return FIELD_GETTERS.has(method);
}

/** `String.raw` keeps every part of its template. */
export function isCarryingTag(
  node: TSESTree.TaggedTemplateExpression,
): boolean {
  return getDottedName(node.tag) === 'String.raw';
}
