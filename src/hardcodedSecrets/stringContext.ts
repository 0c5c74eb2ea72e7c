import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';

/** A string literal or a template literal. */
export type StringNode = TSESTree.StringLiteral | TSESTree.TemplateLiteral;

// Calls whose argument at a position is a secret, by the callee's last
// name: `jwt.sign(payload, secret)`, `createHmac('sha256', key)`.
const SECRET_ARGUMENTS = new Map<string, { index: number; name: string }>([
  ['cookieParser', { index: 0, name: 'cookieSecret' }],
  ['createCipheriv', { index: 1, name: 'encryptionKey' }],
  ['createDecipheriv', { index: 1, name: 'encryptionKey' }],
  ['createHmac', { index: 1, name: 'hmacKey' }],
]);

// `jwt.sign(payload, secret)` and `jwt.verify(token, secret)`.
const JWT_METHODS = new Set(['sign', 'verify']);

// `headers.set('x-api-key', value)`, `localStorage.setItem('token', value)`:
// the first argument names the second.
const KEYED_SETTERS = new Set([
  'append',
  'header',
  'set',
  'setHeader',
  'setItem',
]);

const COMPARISONS = new Set(['!=', '!==', '==', '===']);

/** The name the string `node` is bound to, if any (`apiKey`, `x-api-key`). */
export function getStringName(node: StringNode): string | undefined {
  const { child, parent } = getBindingParent(node);
  return getBindingName(child, parent);
}

/**
 * Whether a call can replace the string `node` and still parse and work;
 * asked only when there is something to report.
 */
export function canReplaceString(node: StringNode): boolean {
  return (
    (node.type === AST_NODE_TYPES.Literal || node.expressions.length === 0) &&
    isReplaceable(node, getBindingParent(node).parent)
  );
}

/** A JSX attribute value: a replacement needs braces (`={…}`). */
export function isJsxAttributeValue(node: StringNode): boolean {
  return node.parent.type === AST_NODE_TYPES.JSXAttribute;
}

// Parents under which a string is never a value: import and export
// sources, module names.
const SOURCE_PARENTS = new Set<string>([
  AST_NODE_TYPES.ExportAllDeclaration,
  AST_NODE_TYPES.ExportNamedDeclaration,
  AST_NODE_TYPES.ExportSpecifier,
  AST_NODE_TYPES.ImportAttribute,
  AST_NODE_TYPES.ImportDeclaration,
  AST_NODE_TYPES.ImportExpression,
  AST_NODE_TYPES.ImportSpecifier,
  AST_NODE_TYPES.TSExternalModuleReference,
  AST_NODE_TYPES.TSModuleDeclaration,
]);

// Parents whose `key` may be the string: `{ 'api-key': value }`.
const KEYED_PARENTS = new Set<string>([
  AST_NODE_TYPES.AccessorProperty,
  AST_NODE_TYPES.MethodDefinition,
  AST_NODE_TYPES.Property,
  AST_NODE_TYPES.PropertyDefinition,
  AST_NODE_TYPES.TSAbstractMethodDefinition,
  AST_NODE_TYPES.TSAbstractPropertyDefinition,
  AST_NODE_TYPES.TSMethodSignature,
  AST_NODE_TYPES.TSPropertySignature,
]);

/**
 * Whether `node` is a string that is not a value at all: an import
 * source, a directive, a property key, a module name.
 */
export function isNonValueString(node: TSESTree.Literal): boolean {
  const { parent } = node;
  const { type } = parent;
  if (SOURCE_PARENTS.has(type)) {
    return true;
  }
  if (KEYED_PARENTS.has(type)) {
    const keyed = parent as TSESTree.Property;
    return keyed.key === node && !keyed.computed;
  }

  switch (parent.type) {
    case AST_NODE_TYPES.ExpressionStatement:
      return parent.directive !== undefined;
    case AST_NODE_TYPES.TSEnumMember:
      return parent.id === node;
    case AST_NODE_TYPES.MemberExpression:
      return parent.property === node;
    case AST_NODE_TYPES.CallExpression:
      return isRequireCall(parent);
    default:
      return false;
  }
}

// Climbs over wrappers that keep the value: `'…' as const`, `x!`,
// `<T>'…'`, `cond ? '…' : other`, `{'…'}` in JSX. Array elements are not
// bound to the array's name: `AUTH_KEYS = ['user', 'pass']` lists names.
function getBindingParent(node: StringNode): {
  child: TSESTree.Node;
  parent: TSESTree.Node;
} {
  let child: TSESTree.Node = node;
  let { parent } = node;
  while (
    parent.type === AST_NODE_TYPES.TSAsExpression ||
    parent.type === AST_NODE_TYPES.TSSatisfiesExpression ||
    parent.type === AST_NODE_TYPES.TSNonNullExpression ||
    parent.type === AST_NODE_TYPES.TSTypeAssertion ||
    parent.type === AST_NODE_TYPES.JSXExpressionContainer ||
    (parent.type === AST_NODE_TYPES.ConditionalExpression &&
      parent.test !== child)
  ) {
    child = parent;
    parent = parent.parent;
  }
  return { child, parent };
}

function getBindingName(
  child: TSESTree.Node,
  parent: TSESTree.Node,
): string | undefined {
  switch (parent.type) {
    case AST_NODE_TYPES.VariableDeclarator:
      return parent.init === child ? getPatternName(parent.id) : undefined;
    case AST_NODE_TYPES.Property:
      return parent.value === child ? getPropertyName(parent) : undefined;
    case AST_NODE_TYPES.PropertyDefinition:
    case AST_NODE_TYPES.AccessorProperty:
    case AST_NODE_TYPES.TSAbstractPropertyDefinition:
      return parent.value === child
        ? getKeyName(parent.key, parent.computed)
        : undefined;
    case AST_NODE_TYPES.AssignmentExpression:
      return parent.right === child ? getTargetName(parent.left) : undefined;
    case AST_NODE_TYPES.AssignmentPattern:
      return parent.right === child ? getPatternName(parent.left) : undefined;
    case AST_NODE_TYPES.JSXAttribute:
      return getJsxAttributeName(parent);
    case AST_NODE_TYPES.BinaryExpression:
      return getComparedName(parent, child);
    case AST_NODE_TYPES.CallExpression:
    case AST_NODE_TYPES.NewExpression:
      return getArgumentName(parent, child);
    case AST_NODE_TYPES.TSEnumMember:
      return parent.initializer === child
        ? getKeyName(parent.id, false)
        : undefined;
    default:
      return undefined;
  }
}

// `session({ secret: '…' })`: the options of session middleware name the
// session secret, which a bare `secret` key leaves unsaid.
const SESSION_MIDDLEWARE = new Set([
  'cookieSession',
  'expressSession',
  'session',
]);

function getPropertyName(property: TSESTree.Property): string | undefined {
  const name = getKeyName(property.key, property.computed);
  const object = property.parent;
  if (
    name === 'secret' &&
    object.type === AST_NODE_TYPES.ObjectExpression &&
    object.parent.type === AST_NODE_TYPES.CallExpression &&
    object.parent.callee.type === AST_NODE_TYPES.Identifier &&
    SESSION_MIDDLEWARE.has(object.parent.callee.name)
  ) {
    return 'session.secret';
  }
  return name;
}

function getPatternName(pattern: TSESTree.Node): string | undefined {
  return pattern.type === AST_NODE_TYPES.Identifier ? pattern.name : undefined;
}

function getKeyName(key: TSESTree.Node, computed: boolean): string | undefined {
  if (key.type === AST_NODE_TYPES.Identifier && !computed) {
    return key.name;
  }
  if (key.type === AST_NODE_TYPES.PrivateIdentifier) {
    return key.name;
  }
  if (key.type === AST_NODE_TYPES.Literal && typeof key.value === 'string') {
    return key.value;
  }
  return undefined;
}

// `apiKey = …`, `cfg.apiKey = …`, `process.env.API_KEY = …`,
// `headers['x-api-key'] = …`.
function getTargetName(target: TSESTree.Node): string | undefined {
  if (target.type === AST_NODE_TYPES.Identifier) {
    return target.name;
  }
  if (target.type === AST_NODE_TYPES.MemberExpression) {
    return getKeyName(target.property, target.computed);
  }
  return undefined;
}

function getJsxAttributeName(attribute: TSESTree.JSXAttribute): string {
  const { name } = attribute;
  return name.type === AST_NODE_TYPES.JSXIdentifier
    ? name.name
    : name.name.name;
}

// `password === '…'`, `'…' !== user.token`.
function getComparedName(
  binary: TSESTree.BinaryExpression,
  child: TSESTree.Node,
): string | undefined {
  if (!COMPARISONS.has(binary.operator)) {
    return undefined;
  }
  const other = binary.left === child ? binary.right : binary.left;
  return getTargetName(other);
}

function getArgumentName(
  call: TSESTree.CallExpression | TSESTree.NewExpression,
  child: TSESTree.Node,
): string | undefined {
  const index = call.arguments.indexOf(
    child as TSESTree.CallExpressionArgument,
  );
  const calleeName = getCalleeName(call.callee);
  if (index === -1 || calleeName === undefined) {
    return undefined;
  }

  const known = SECRET_ARGUMENTS.get(calleeName);
  if (known) {
    return known.index === index ? known.name : undefined;
  }

  if (JWT_METHODS.has(calleeName) && index === 1 && isJwtCallee(call.callee)) {
    return 'jwtSecret';
  }

  // `sgMail.setApiKey('…')`: the setter's name names its argument.
  if (index === 0 && /^set[A-Z]/u.test(calleeName)) {
    return calleeName.slice(3);
  }

  const [first] = call.arguments;
  if (
    index === 1 &&
    KEYED_SETTERS.has(calleeName) &&
    first.type === AST_NODE_TYPES.Literal &&
    typeof first.value === 'string'
  ) {
    return first.value;
  }
  return undefined;
}

function getCalleeName(callee: TSESTree.Node): string | undefined {
  if (callee.type === AST_NODE_TYPES.Identifier) {
    return callee.name;
  }
  if (callee.type === AST_NODE_TYPES.MemberExpression) {
    return getKeyName(callee.property, callee.computed);
  }
  return undefined;
}

function isJwtCallee(callee: TSESTree.Node): boolean {
  return (
    callee.type === AST_NODE_TYPES.MemberExpression &&
    callee.object.type === AST_NODE_TYPES.Identifier &&
    /jwt|jsonwebtoken/iu.test(callee.object.name)
  );
}

function isRequireCall(call: TSESTree.CallExpression): boolean {
  return (
    call.callee.type === AST_NODE_TYPES.Identifier &&
    call.callee.name === 'require'
  );
}

// A call cannot stand in a type, an enum member, an ambient declaration,
// the quasi of a tagged template, or under `as const`.
function isReplaceable(node: StringNode, parent: TSESTree.Node): boolean {
  if (
    parent.type === AST_NODE_TYPES.TSEnumMember ||
    parent.type === AST_NODE_TYPES.TaggedTemplateExpression ||
    isConstAssertion(node.parent)
  ) {
    return false;
  }

  for (
    let ancestor: TSESTree.Node | undefined = node.parent;
    ancestor;
    ancestor = ancestor.parent
  ) {
    if (ancestor.type === AST_NODE_TYPES.TSLiteralType) {
      return false;
    }
    if ('declare' in ancestor && ancestor.declare) {
      return false;
    }
  }
  return true;
}

// `'…' as const`
function isConstAssertion(node: TSESTree.Node): boolean {
  return (
    node.type === AST_NODE_TYPES.TSAsExpression &&
    node.typeAnnotation.type === AST_NODE_TYPES.TSTypeReference &&
    node.typeAnnotation.typeName.type === AST_NODE_TYPES.Identifier &&
    node.typeAnnotation.typeName.name === 'const'
  );
}
