import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import { AST_NODE_TYPES } from '@typescript-eslint/utils';

import {
  createKeepFix,
  createRemoveAssignmentFix,
  getFallbackValue,
  isBooleanContext,
  isSameCode,
} from '../src/fallbacks.js';
import { getSecretReadName } from '../src/secretReads.js';
import { getSettings } from '../src/settings.js';
import { getEnvRead } from '../src/util/envAccess.js';
import { createRule, mention } from '../src/util/index.js';

export type Options = [];

export type MessageIds =
  'removeFallback' | 'unexpectedComputedFallback' | 'unexpectedFallback';

// Limitation: a secret is followed through one variable at most
// (`const key = getSecret("K"); key || "d"`), within one file; a default
// given further away, or by a function's caller, is not seen.
// Limitation: a fallback that fails fast (`?? fail("X")`) is recognized by
// its function's name only: `abort`, `assert`, `die`, `exit`, `fail`,
// `panic`, `raise` or `throw`, at the start of the name.
// Limitation: a dynamic read (`process.env[name] ?? "d"`) is not reported,
// since the rule cannot tell whether the variable is a secret.
export default createRule<Options, MessageIds>({
  name: 'no-secret-fallback',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow default values that hide a missing secret',
      recommended: 'recommended',
    },
    hasSuggestions: true,
    schema: [],
    messages: {
      removeFallback:
        'Remove the fallback, so that a missing secret fails fast.',
      unexpectedComputedFallback:
        'Secret {{name}} falls back to a computed default, which hides a missing value; let it fail fast instead.',
      unexpectedFallback:
        'Secret {{name}} falls back to {{fallback}}, which hides a missing value; let it fail fast instead.',
    },
  },
  create(context) {
    const { sourceCode } = context;
    const { accessor, nameMatcher } = getSettings(context.settings);
    const readContext = {
      sourceCode,
      accessorName: accessor.name,
      nameMatcher,
    };

    /**
     * Reports `node`, where the secret `name` falls back to `fallback`; the
     * suggestion removes the fallback with `fix`.
     */
    function reportFallback(
      node: TSESTree.Node,
      name: string,
      fallback: TSESTree.Node,
      fix: TSESLint.ReportFixFunction | undefined,
    ): void {
      const value = getFallbackValue(fallback);
      if (value.kind === 'none') {
        return;
      }

      const suggest = fix
        ? [{ messageId: 'removeFallback' as const, fix }]
        : [];
      if (value.kind === 'literal') {
        context.report({
          node,
          messageId: 'unexpectedFallback',
          data: { name: mention(name), fallback: mention(value.masked) },
          suggest,
        });
        return;
      }
      context.report({
        node,
        messageId: 'unexpectedComputedFallback',
        data: { name: mention(name) },
        suggest,
      });
    }

    // `process.env.API_KEY ?? "dev-key"`, `getSecret("JWT_SECRET") || ""`
    function checkLogical(node: TSESTree.LogicalExpression): void {
      if (node.operator === '&&' || isBooleanContext(node)) {
        return;
      }

      const name = getSecretReadName(node.left, readContext);
      if (name === undefined) {
        return;
      }
      reportFallback(
        node,
        name,
        node.right,
        createKeepFix(node, node.left, sourceCode),
      );
    }

    // `process.env.X ? process.env.X : "d"`, `!process.env.X ? "d" : process.env.X`
    function checkConditional(node: TSESTree.ConditionalExpression): void {
      const isNegated =
        node.test.type === AST_NODE_TYPES.UnaryExpression &&
        node.test.operator === '!';
      const tested =
        node.test.type === AST_NODE_TYPES.UnaryExpression && isNegated
          ? node.test.argument
          : node.test;
      const [kept, fallback] = isNegated
        ? [node.alternate, node.consequent]
        : [node.consequent, node.alternate];
      if (!isSameCode(tested, kept, sourceCode)) {
        return;
      }

      const name = getSecretReadName(tested, readContext);
      if (name === undefined) {
        return;
      }
      reportFallback(
        node,
        name,
        fallback,
        createKeepFix(node, kept, sourceCode),
      );
    }

    // `process.env.API_KEY ??= "dev-key"`, `key ||= "dev-key"`
    function checkAssignment(node: TSESTree.AssignmentExpression): void {
      if (node.operator !== '??=' && node.operator !== '||=') {
        return;
      }

      const name = getSecretReadName(node.left, readContext);
      if (name === undefined) {
        return;
      }
      reportFallback(
        node,
        name,
        node.right,
        createRemoveAssignmentFix(node, sourceCode),
      );
    }

    // `const { SESSION_SECRET = "keyboard cat" } = process.env`
    function checkDestructuringDefault(node: TSESTree.AssignmentPattern): void {
      const property = node.parent;
      if (
        property.type !== AST_NODE_TYPES.Property ||
        property.value !== node
      ) {
        return;
      }

      const read = getEnvRead(property, sourceCode);
      if (read?.name === undefined || !nameMatcher.isSecretName(read.name)) {
        return;
      }
      reportFallback(
        node,
        read.name,
        node.right,
        createKeepFix(node, node.left, sourceCode),
      );
    }

    return {
      AssignmentExpression: checkAssignment,
      AssignmentPattern: checkDestructuringDefault,
      ConditionalExpression: checkConditional,
      LogicalExpression: checkLogical,
    };
  },
});
