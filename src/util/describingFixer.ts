import type { TSESLint } from '@typescript-eslint/utils';

/**
 * A fixer that only describes its edits, as ESLint's does: used to work out
 * an edit once, before any report, and to replay it with a real fixer.
 */
export const describingFixer: TSESLint.RuleFixer = {
  insertTextAfter: (nodeOrToken, text) => insertAt(nodeOrToken.range[1], text),
  insertTextAfterRange: (range, text) => insertAt(range[1], text),
  insertTextBefore: (nodeOrToken, text) => insertAt(nodeOrToken.range[0], text),
  insertTextBeforeRange: (range, text) => insertAt(range[0], text),
  remove: nodeOrToken => ({ range: nodeOrToken.range, text: '' }),
  removeRange: range => ({ range, text: '' }),
  replaceText: (nodeOrToken, text) => ({ range: nodeOrToken.range, text }),
  replaceTextRange: (range, text) => ({ range, text }),
};

function insertAt(offset: number, text: string): TSESLint.RuleFix {
  return { range: [offset, offset], text };
}
