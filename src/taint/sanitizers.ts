import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';

import { getLastName, getMethodCall, unwrapExpression } from './ast.js';

// Functions that hash or check a password: `bcrypt.hash(pw, 10)`,
// `argon2.hash(pw)`, `scrypt(pw, salt, 64)`.
const HASH_FUNCTIONS = new Set([
  'compare',
  'compareSync',
  'hash',
  'hashSync',
  'pbkdf2',
  'pbkdf2Sync',
  'scrypt',
  'scryptSync',
  'timingSafeEqual',
  'verify',
]);

// Functions whose result says something about a value without holding it.
const CONVERTERS = new Set(['Boolean', 'Number', 'isNaN', 'parseFloat']);

// Members that measure a value: `token.length`, `secrets.size`.
const MEASURES = new Set(['byteLength', 'length', 'size']);

// Methods that only answer a question about a value: `token.startsWith("ey")`.
const PREDICATE_METHODS = new Set([
  'endsWith',
  'has',
  'includes',
  'startsWith',
  'test',
]);

/**
 * Whether `node` yields a value that no longer holds a secret, whatever
 * went in: the redactor's result, a hash (`createHash(…).update(x)
 * .digest()`), `.length`, `typeof x`, `!!x`, `Boolean(x)`, a comparison or
 * arithmetic, a ternary whose branches are both literals, or a prefix of at
 * most eight characters (`token.slice(0, 6)`).
 */
export function isSanitizedExpression(
  node: TSESTree.Node,
  isRedactorCall: (call: TSESTree.CallExpression) => boolean,
): boolean {
  const expression = unwrapExpression(node);
  switch (expression.type) {
    case AST_NODE_TYPES.UnaryExpression:
      return true;
    case AST_NODE_TYPES.BinaryExpression:
      return expression.operator !== '+';
    case AST_NODE_TYPES.MemberExpression: {
      const name = expression.computed ? undefined : getLastName(expression);
      return name !== undefined && MEASURES.has(name);
    }
    case AST_NODE_TYPES.CallExpression:
      return isRedactorCall(expression) || isSanitizingCall(expression);
    case AST_NODE_TYPES.ConditionalExpression:
      return (
        isLiteralValue(expression.consequent) &&
        isLiteralValue(expression.alternate)
      );
    default:
      return false;
  }
}

/** A literal, `undefined`, or a template literal without `${}`. */
export function isLiteralValue(node: TSESTree.Node): boolean {
  const expression = unwrapExpression(node);
  switch (expression.type) {
    case AST_NODE_TYPES.Literal:
      return true;
    case AST_NODE_TYPES.TemplateLiteral:
      return expression.expressions.length === 0;
    case AST_NODE_TYPES.Identifier:
      return expression.name === 'undefined';
    default:
      return false;
  }
}

// Methods that cut a string; with a start of 0 and a short end they keep
// only a prefix, as in `token.slice(0, 6) + "…"`.
const SLICING_METHODS = new Set(['slice', 'substr', 'substring']);

// The longest prefix that still counts as masked: a token's fixed type
// prefix (`sk_live_`) is about this long and says nothing of the secret.
const MAX_SHOWN_PREFIX = 8;

function isSanitizingCall(call: TSESTree.CallExpression): boolean {
  const callee = unwrapExpression(call.callee);
  if (callee.type === AST_NODE_TYPES.Identifier) {
    return HASH_FUNCTIONS.has(callee.name) || CONVERTERS.has(callee.name);
  }

  const method = getMethodCall(call);
  if (!method) {
    return false;
  }
  // `createHash("sha256").update(x).digest("hex")`, `hmac.digest()`
  return (
    method.method === 'digest' ||
    HASH_FUNCTIONS.has(method.method) ||
    PREDICATE_METHODS.has(method.method) ||
    isShortPrefix(method.method, call.arguments)
  );
}

// `token.slice(0, 6)`, `secret.substring(0, 4)`.
function isShortPrefix(
  method: string,
  args: readonly TSESTree.CallExpressionArgument[],
): boolean {
  const [start, end] = args;
  return (
    SLICING_METHODS.has(method) &&
    args.length === 2 &&
    getNumber(start) === 0 &&
    (getNumber(end) ?? Infinity) <= MAX_SHOWN_PREFIX
  );
}

function getNumber(node: TSESTree.Node | undefined): number | undefined {
  return node?.type === AST_NODE_TYPES.Literal && typeof node.value === 'number'
    ? node.value
    : undefined;
}
