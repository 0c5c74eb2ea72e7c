import {
  AST_NODE_TYPES,
  type TSESLint,
  type TSESTree,
} from '@typescript-eslint/utils';

import { maskSecret } from './engine/index.js';
import { getStaticKeyName } from './util/staticKeys.js';
import { skipTransparentWrappers } from './util/transparentWrappers.js';

type SourceCode = Readonly<TSESLint.SourceCode>;

/** What a default is, for the message: a literal, masked, or code. */
export type FallbackValue =
  { kind: 'computed' } | { kind: 'literal'; masked: string } | { kind: 'none' };

// Calls that end the program or throw are the opposite of a fallback:
// `process.env.API_KEY ?? fail("API_KEY")`.
const FAIL_FAST_CALLEE = /^(?:abort|assert|die|exit|fail|panic|raise|throw)/iu;

// Statement lists, from which a statement can be removed whole.
const STATEMENT_LISTS = new Set<AST_NODE_TYPES>([
  AST_NODE_TYPES.BlockStatement,
  AST_NODE_TYPES.Program,
  AST_NODE_TYPES.StaticBlock,
  AST_NODE_TYPES.SwitchCase,
  AST_NODE_TYPES.TSModuleBlock,
]);

/**
 * Describes a default. `undefined`, `null` and `void 0` keep the value
 * missing, and a call that fails (`fail("X")`, `process.exit(1)`) fails
 * fast, so neither is a fallback (`none`).
 */
export function getFallbackValue(node: TSESTree.Node): FallbackValue {
  const value = skipTransparentWrappers(node);
  switch (value.type) {
    case AST_NODE_TYPES.Identifier:
      return value.name === 'undefined'
        ? { kind: 'none' }
        : { kind: 'computed' };
    case AST_NODE_TYPES.UnaryExpression:
      return value.operator === 'void'
        ? { kind: 'none' }
        : { kind: 'computed' };
    case AST_NODE_TYPES.CallExpression:
      return isFailFastCall(value) ? { kind: 'none' } : { kind: 'computed' };
    case AST_NODE_TYPES.Literal:
      if (value.value === null && !('regex' in value)) {
        return { kind: 'none' };
      }
      return { kind: 'literal', masked: maskLiteral(value) };
    case AST_NODE_TYPES.TemplateLiteral: {
      const quasi = value.quasis.at(0);
      return value.expressions.length === 0 && quasi
        ? {
            kind: 'literal',
            masked: `"${maskSecret(quasi.value.cooked ?? '')}"`,
          }
        : { kind: 'computed' };
    }
    default:
      return { kind: 'computed' };
  }
}

function maskLiteral(literal: TSESTree.Literal): string {
  if (typeof literal.value === 'string') {
    const quote = literal.raw.charAt(0);
    return `${quote}${maskSecret(literal.value)}${quote}`;
  }
  return maskSecret(literal.raw);
}

function isFailFastCall(call: TSESTree.CallExpression): boolean {
  const callee = skipTransparentWrappers(call.callee);
  const name =
    callee.type === AST_NODE_TYPES.MemberExpression
      ? getStaticKeyName(callee)
      : callee.type === AST_NODE_TYPES.Identifier
        ? callee.name
        : undefined;
  return name !== undefined && FAIL_FAST_CALLEE.test(name);
}

/**
 * Whether a value only decides a test (`if (a || b)`, `!(a ?? b)`,
 * `Boolean(a || b)`), where `||` is a question, not a default.
 */
export function isBooleanContext(node: TSESTree.Node): boolean {
  const { parent } = node;
  switch (parent?.type) {
    case AST_NODE_TYPES.IfStatement:
    case AST_NODE_TYPES.WhileStatement:
    case AST_NODE_TYPES.DoWhileStatement:
    case AST_NODE_TYPES.ForStatement:
    case AST_NODE_TYPES.ConditionalExpression:
      return parent.test === node;
    case AST_NODE_TYPES.UnaryExpression:
      return parent.operator === '!';
    case AST_NODE_TYPES.LogicalExpression:
      return isBooleanContext(parent);
    case AST_NODE_TYPES.CallExpression:
      return (
        parent.callee.type === AST_NODE_TYPES.Identifier &&
        parent.callee.name === 'Boolean'
      );
    default:
      return false;
  }
}

/** Whether two expressions are the same code, spacing and comments aside. */
export function isSameCode(
  a: TSESTree.Node,
  b: TSESTree.Node,
  sourceCode: SourceCode,
): boolean {
  const tokensA = sourceCode.getTokens(skipTransparentWrappers(a));
  const tokensB = sourceCode.getTokens(skipTransparentWrappers(b));
  return (
    tokensA.length === tokensB.length &&
    tokensA.every((token, index) => token.value === tokensB[index]?.value)
  );
}

/**
 * Replaces `replaced` by the text of `kept`, one of its parts: `a ?? "d"` by
 * `a`. `undefined` when a comment outside `kept` would be lost.
 */
export function createKeepFix(
  replaced: TSESTree.Node,
  kept: TSESTree.Node,
  sourceCode: SourceCode,
): TSESLint.ReportFixFunction | undefined {
  const losesComment = sourceCode
    .getCommentsInside(replaced)
    .some(
      comment =>
        comment.range[0] < kept.range[0] || comment.range[1] > kept.range[1],
    );
  if (losesComment) {
    return undefined;
  }

  const text = sourceCode.getText(kept);
  return fixer => fixer.replaceText(replaced, text);
}

/**
 * Removes `key ??= "d"`: the whole statement, with its line when it stands
 * alone on it, or, inside a larger expression, the assignment, keeping its
 * target.
 */
export function createRemoveAssignmentFix(
  assignment: TSESTree.AssignmentExpression,
  sourceCode: SourceCode,
): TSESLint.ReportFixFunction | undefined {
  const statement = assignment.parent;
  if (
    statement.type !== AST_NODE_TYPES.ExpressionStatement ||
    !STATEMENT_LISTS.has(statement.parent.type)
  ) {
    return createKeepFix(assignment, assignment.left, sourceCode);
  }

  if (sourceCode.getCommentsInside(statement).length > 0) {
    return undefined;
  }

  const { text } = sourceCode;
  const [start, end] = statement.range;
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const newline = text.indexOf('\n', end);
  const lineEnd = newline === -1 ? text.length : newline;
  const isAlone =
    text.slice(lineStart, start).trim() === '' &&
    text.slice(end, lineEnd).trim() === '';
  const range: TSESTree.Range = isAlone
    ? [lineStart, Math.min(lineEnd + 1, text.length)]
    : [start, end];
  return fixer => fixer.removeRange(range);
}
