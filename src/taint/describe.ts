import {
  AST_TOKEN_TYPES,
  type TSESLint,
  type TSESTree,
} from '@typescript-eslint/utils';

import { mention } from '../util/index.js';
import { findHardcodedSecret } from './literals.js';
import type { Origin, OriginKind, Taint } from './types.js';

/**
 * What a report of a secret at a log sink says: `direct` when the logged
 * expression is the source itself, `flow` when it holds a secret from
 * elsewhere.
 */
export type TaintReport =
  | { kind: 'direct'; subject: string; reason: string }
  | { kind: 'flow'; subject: string; source: string; line: number };

// Why a source is secret, to end "it …".
const REASONS: Readonly<Record<OriginKind, string>> = {
  accessor: 'returns a secret',
  env: 'reads a secret environment variable',
  environment: 'holds the whole environment, secrets included',
  headers: 'carries request credentials',
  literal: 'is a hardcoded secret',
  name: 'is named as a secret',
  parameter: 'is a parameter',
  source: 'returns a secret',
};

/**
 * What to say about a logged secret: the expression that carries it, and
 * either why that expression is a secret or where its secret came from
 * ("`dbPassword` holds `getSecret("DB_PASSWORD")` from line 12"). Code is
 * quoted with string literals that hold secrets masked.
 */
export function describeTaint(
  taint: Taint,
  sourceCode: Readonly<TSESLint.SourceCode>,
): TaintReport {
  const { origin, carrier } = taint;
  const isDirect =
    carrier === origin.node ||
    (carrier.range[0] === origin.node.range[0] &&
      carrier.range[1] === origin.node.range[1]);
  if (isDirect) {
    return {
      kind: 'direct',
      subject: describeOriginCode(origin, sourceCode),
      reason: REASONS[origin.kind],
    };
  }

  const source = describeOriginCode(origin, sourceCode);
  return {
    kind: 'flow',
    subject: describeCode(carrier, sourceCode),
    source:
      origin.kind === 'literal' ? `the hardcoded secret ${source}` : source,
    line: origin.node.loc.start.line,
  };
}

function describeOriginCode(
  origin: Origin,
  sourceCode: Readonly<TSESLint.SourceCode>,
): string {
  if (origin.masked !== undefined) {
    return `\`${origin.masked}\``;
  }
  return origin.code === undefined
    ? describeCode(origin.node, sourceCode)
    : mention(origin.code);
}

/**
 * Quotes a node's code with `mention`, after masking any string literal in
 * it that holds a secret, so that no message shows one.
 */
export function describeCode(
  node: TSESTree.Node,
  sourceCode: Readonly<TSESLint.SourceCode>,
): string {
  const [start] = node.range;
  let text = sourceCode.getText(node);
  const tokens = sourceCode
    .getTokens(node)
    .filter(
      token =>
        token.type === AST_TOKEN_TYPES.String ||
        token.type === AST_TOKEN_TYPES.Template,
    );
  // From the end, so that earlier offsets stay right.
  for (const token of tokens.reverse()) {
    const secret = findHardcodedSecret(token.value);
    if (secret) {
      const offset = token.range[0] - start;
      text =
        text.slice(0, offset + secret.start) +
        secret.masked +
        text.slice(offset + secret.end);
    }
  }
  return mention(text);
}
