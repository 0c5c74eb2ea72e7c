import {
  AST_NODE_TYPES,
  type TSESLint,
  type TSESTree,
} from '@typescript-eslint/utils';

import type { FunctionCallPlan } from '../util/index.js';

type Fix = (fixer: TSESLint.RuleFixer) => TSESLint.RuleFix[];

/** The fixed text that stands for a secret part of a template literal. */
export const REDACTED = '[REDACTED]';

/**
 * Wraps a logged value in the redactor: `log(token)` becomes
 * `log(redact(token))`, `{ token }` becomes `{ token: redact(token) }`,
 * importing the redactor when the file does not have it yet.
 */
export function createRedactorFix(
  target: TSESTree.Expression | TSESTree.Property,
  plan: FunctionCallPlan,
  sourceCode: Readonly<TSESLint.SourceCode>,
): Fix {
  return fixer => {
    const value =
      target.type === AST_NODE_TYPES.Property ? target.value : target;
    const text = sourceCode.getText(value);
    // A sequence would become several arguments without its parentheses.
    const argument =
      value.type === AST_NODE_TYPES.SequenceExpression ? `(${text})` : text;
    const call = `${plan.localName}(${argument})`;
    const replacement =
      target.type === AST_NODE_TYPES.Property && target.shorthand
        ? fixer.insertTextAfter(target.key, `: ${call}`)
        : fixer.replaceText(value, call);
    return [replacement, ...plan.createImportFixes(fixer)];
  };
}

/**
 * Replaces the `${…}` parts of a template literal that hold secrets with
 * `[REDACTED]`, keeping the rest of the text.
 */
export function createTemplateRedactionFix(
  template: TSESTree.TemplateLiteral,
  secretParts: ReadonlySet<TSESTree.Node>,
  sourceCode: Readonly<TSESLint.SourceCode>,
): Fix {
  return fixer =>
    template.expressions.flatMap((expression, index) => {
      const before = template.quasis.at(index);
      const after = template.quasis.at(index + 1);
      if (!secretParts.has(expression) || !before || !after) {
        return [];
      }
      const range = getSubstitutionRange(before, after, sourceCode);
      return [fixer.replaceTextRange(range, REDACTED)];
    });
}

// The range of `${ expression }`. typescript-eslint's template elements
// include their delimiters (`` `a ${ `` and `} b` ``); espree's do not.
function getSubstitutionRange(
  before: TSESTree.TemplateElement,
  after: TSESTree.TemplateElement,
  sourceCode: Readonly<TSESLint.SourceCode>,
): TSESLint.AST.Range {
  const { text } = sourceCode;
  const includesDelimiters =
    text.slice(before.range[1] - 2, before.range[1]) === '${';
  return includesDelimiters
    ? [before.range[1] - 2, after.range[0] + 1]
    : [before.range[1], after.range[0]];
}

/**
 * Removes a property from an object literal with the comma that goes with
 * it; comments after the comma stay.
 */
export function createPropertyRemovalFix(
  property: TSESTree.Property,
  object: TSESTree.ObjectExpression,
  sourceCode: Readonly<TSESLint.SourceCode>,
): Fix {
  return fixer => {
    const next = sourceCode.getTokenAfter(property);
    if (next?.value === ',') {
      const following = sourceCode.getTokenAfter(next, {
        includeComments: true,
      });
      const end = following ? following.range[0] : next.range[1];
      return [fixer.removeRange([property.range[0], end])];
    }

    const previous = sourceCode.getTokenBefore(property);
    if (previous?.value === ',') {
      return [fixer.removeRange([previous.range[0], property.range[1]])];
    }

    // The only property: `{ token }` becomes `{}` unless comments are inside.
    return sourceCode.getCommentsInside(object).length === 0
      ? [fixer.replaceText(object, '{}')]
      : [fixer.remove(property)];
  };
}
