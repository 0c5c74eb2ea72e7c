import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';

import {
  scanString,
  type SecretFinding,
  splitNameWords,
  TEMPLATE_PLACEHOLDER,
} from '../src/engine/index.js';
import {
  DEFAULT_OPTIONS,
  getCompiledOptions,
  type HardcodedSecretsOptions,
  OPTIONS_SCHEMA,
} from '../src/hardcodedSecrets/options.js';
import {
  canReplaceString,
  getStringName,
  isJsxAttributeValue,
  isNonValueString,
  type StringNode,
} from '../src/hardcodedSecrets/stringContext.js';
import {
  createSingleSegment,
  mapTextSpan,
  type TextSegment,
} from '../src/hardcodedSecrets/textSegments.js';
import {
  createImportFixBudget,
  type ImportFixBudget,
} from '../src/importFixBudget.js';
import { getSettings } from '../src/settings.js';
import {
  createRule,
  type FunctionCallPlan,
  getFunctionCallPlan,
  getPreferredQuote,
  isFileMatched,
  mention,
  quoteString,
} from '../src/util/index.js';

export type Options = [Partial<HardcodedSecretsOptions>];
export type MessageIds =
  | 'hardcodedCredential'
  | 'hardcodedToken'
  | 'hardcodedValue'
  | 'highEntropyString'
  | 'placeholderValue'
  | 'useAccessor';

/** A string node of `@eslint/json`'s AST (momoa). */
interface JsonStringNode {
  type: 'String';
  value: string;
  range: [number, number];
}

/** A member of a JSON object: `"name": value`. */
interface JsonMemberNode {
  type: 'Member';
  name: { type: string; value?: string; name?: string };
  value: { type: string };
}

const MESSAGE_BY_KIND: Record<SecretFinding['kind'], MessageIds> = {
  context: 'hardcodedValue',
  credential: 'hardcodedCredential',
  custom: 'hardcodedToken',
  entropy: 'highEntropyString',
  placeholder: 'placeholderValue',
  provider: 'hardcodedToken',
};

// Strings below this length can only be findings with a secret name.
const MIN_UNNAMED_LENGTH = 8;

export default createRule<Options, MessageIds>({
  name: 'no-hardcoded-secrets',
  meta: {
    type: 'problem',
    docs: {
      description:
        'Disallow credentials, tokens and private keys written into source code',
      recommended: 'recommended',
      strictOptions: [{ entropy: { base64Threshold: 4 } }],
    },
    hasSuggestions: true,
    schema: [OPTIONS_SCHEMA],
    defaultOptions: [DEFAULT_OPTIONS],
    messages: {
      hardcodedToken:
        'Hard-coded {{title}} `{{masked}}`. Read it at run time with {{accessor}}, and revoke this one.',
      hardcodedCredential:
        'Hard-coded {{title}} (`{{masked}}`). Read the credential at run time with {{accessor}}.',
      hardcodedValue:
        '{{name}} holds the hard-coded value `{{masked}}`. Read it at run time with {{accessor}}.',
      highEntropyString:
        'The random-looking string `{{masked}}` may be a hard-coded secret. Read it at run time with {{accessor}}, or list it in `ignoredValues` if it is not one.',
      placeholderValue:
        'The {{title}} `{{masked}}` stands in for a secret. Read the real one at run time with {{accessor}}.',
      useAccessor: 'Replace the string with {{call}}.',
    },
  },
  create(context, [options]) {
    const scanOptions = getCompiledOptions({ ...DEFAULT_OPTIONS, ...options });
    const checkCommentText = options.checkComments !== false;
    const settings = getSettings(context.settings);
    const { nameMatcher, accessor } = settings;
    const { sourceCode } = context;
    const accessorData = mention(`${accessor.name}()`);
    // JSON object members, recorded on entry, name the strings inside them;
    // made on the first member, since most files are not JSON.
    let jsonKeys: WeakSet<object> | undefined;
    let jsonValueNames: WeakMap<object, string> | undefined;

    function findSecrets(
      text: string,
      name: string | undefined,
      isComment: boolean,
    ): SecretFinding[] {
      if (text.length < MIN_UNNAMED_LENGTH && name === undefined) {
        return [];
      }
      return scanString(text, {
        name,
        isSecretName: name !== undefined && nameMatcher.isSecretName(name),
        isComment,
        options: scanOptions,
      });
    }

    function reportFindings(
      findings: readonly SecretFinding[],
      segments: readonly TextSegment[],
      range: readonly [number, number],
      name: string | undefined,
      replaceNode: StringNode | undefined,
    ): void {
      for (const finding of findings) {
        const span = mapTextSpan(segments, finding.start, finding.end) ?? range;
        context.report({
          loc: {
            start: sourceCode.getLocFromIndex(span[0]),
            end: sourceCode.getLocFromIndex(span[1]),
          },
          messageId: MESSAGE_BY_KIND[finding.kind],
          data: {
            title: finding.title,
            masked: finding.masked,
            accessor: accessorData,
            name: name === undefined ? '' : mention(name),
          },
          suggest:
            findings.length === 1 && replaceNode && name !== undefined
              ? createSuggestions(replaceNode, name)
              : null,
        });
      }
    }

    // The source text of a string, between its delimiters, which matches
    // its value unless it has escapes.
    function getRawText(range: readonly [number, number]): string {
      return sourceCode.text.slice(range[0] + 1, range[1] - 1);
    }

    // How to call the accessor from this file, planned on the first
    // suggestion: planning reads the file's imports, and a file can hold
    // thousands of findings.
    let suggestionPlan:
      | { plan: FunctionCallPlan; quote: '"' | "'"; budget: ImportFixBudget }
      | null
      | undefined;
    function getSuggestionPlan(): typeof suggestionPlan {
      if (suggestionPlan === undefined) {
        const plan = isFileMatched(
          accessor.files,
          context.filename,
          context.cwd,
        )
          ? undefined
          : getFunctionCallPlan(
              { sourceCode, filename: context.filename, cwd: context.cwd },
              accessor,
            );
        suggestionPlan = plan
          ? {
              plan,
              quote: getPreferredQuote(sourceCode),
              budget: createImportFixBudget(plan, sourceCode),
            }
          : null;
      }
      return suggestionPlan;
    }

    function createSuggestions(
      node: StringNode,
      name: string,
    ): TSESLint.SuggestionReportDescriptor<MessageIds>[] | null {
      const envName = toEnvName(name);
      if (envName === '' || !canReplaceString(node)) {
        return null;
      }

      // Limitation: in a long file that lacks the accessor's import and
      // holds very many findings, the last ones get no suggestion (see
      // `createImportFixBudget`).
      const planned = getSuggestionPlan();
      if (!planned?.budget.allows(node.range)) {
        return null;
      }

      const { plan, quote } = planned;
      const call = `${plan.localName}(${quoteString(envName, quote)})`;
      const replacement = isJsxAttributeValue(node) ? `{${call}}` : call;
      return [
        {
          messageId: 'useAccessor',
          data: { call: mention(call) },
          fix: fixer => [
            fixer.replaceText(node, replacement),
            ...plan.createImportFixes(fixer),
          ],
        },
      ];
    }

    function checkStringLiteral(node: TSESTree.StringLiteral): void {
      if (node.value.length < 3 || isNonValueString(node)) {
        return;
      }

      const name = getStringName(node);
      const findings = findSecrets(node.value, name, false);
      if (findings.length === 0) {
        return;
      }
      reportFindings(
        findings,
        createSingleSegment(
          node.value,
          getRawText(node.range),
          node.range[0] + 1,
        ),
        node.range,
        name,
        node,
      );
    }

    function checkTemplateLiteral(node: TSESTree.TemplateLiteral): void {
      const isTagged =
        node.parent.type === AST_NODE_TYPES.TaggedTemplateExpression;
      const name = isTagged ? undefined : getStringName(node);

      // The static parts joined by a placeholder for each `${…}`, so that
      // `postgres://admin:hunter2@${host}` is one credential-shaped text.
      const text = node.quasis
        .map(quasi => quasi.value.cooked ?? quasi.value.raw)
        .join(TEMPLATE_PLACEHOLDER);
      const findings = findSecrets(text, name, false);
      if (findings.length === 0) {
        return;
      }
      reportFindings(
        findings,
        getTemplateSegments(node),
        node.range,
        name,
        isTagged ? undefined : node,
      );
    }

    function checkJsxText(node: TSESTree.JSXText): void {
      const findings = findSecrets(node.value, undefined, false);
      if (findings.length === 0) {
        return;
      }
      reportFindings(
        findings,
        createSingleSegment(node.value, node.raw, node.range[0]),
        node.range,
        undefined,
        undefined,
      );
    }

    function checkComments(): void {
      for (const comment of sourceCode.getAllComments()) {
        const findings = findSecrets(comment.value, undefined, true);
        if (findings.length === 0) {
          continue;
        }
        reportFindings(
          findings,
          createSingleSegment(
            comment.value,
            comment.value,
            comment.range[0] + 2,
          ),
          comment.range,
          undefined,
          undefined,
        );
      }
    }

    function recordJsonMember(node: JsonMemberNode): void {
      jsonKeys ??= new WeakSet();
      jsonValueNames ??= new WeakMap();
      jsonKeys.add(node.name);
      const key = node.name.value ?? node.name.name;
      if (key !== undefined) {
        jsonValueNames.set(node.value, key);
      }
    }

    function checkJsonString(node: JsonStringNode): void {
      if (jsonKeys?.has(node)) {
        return;
      }

      const name = jsonValueNames?.get(node);
      const findings = findSecrets(node.value, name, false);
      if (findings.length === 0) {
        return;
      }
      reportFindings(
        findings,
        createSingleSegment(
          node.value,
          getRawText(node.range),
          node.range[0] + 1,
        ),
        node.range,
        name,
        undefined,
      );
    }

    return {
      Literal(node): void {
        if (typeof node.value === 'string') {
          checkStringLiteral(node);
        }
      },
      TemplateLiteral: checkTemplateLiteral,
      JSXText: checkJsxText,
      Program(): void {
        if (checkCommentText) {
          checkComments();
        }
      },
      // `@eslint/json` documents: members first, then their strings.
      Member(node: never): void {
        recordJsonMember(node);
      },
      String(node: never): void {
        checkJsonString(node);
      },
    };
  },
});

// Where each static part of a template literal sits in the joined text and
// in the source.
function getTemplateSegments(node: TSESTree.TemplateLiteral): TextSegment[] {
  const segments: TextSegment[] = [];
  let textStart = 0;
  for (const quasi of node.quasis) {
    const cooked = quasi.value.cooked ?? quasi.value.raw;
    segments.push({
      textStart,
      textEnd: textStart + cooked.length,
      sourceStart: quasi.range[0] + 1,
      exact: quasi.value.raw === cooked,
    });
    textStart += cooked.length + TEMPLATE_PLACEHOLDER.length;
  }
  return segments;
}

// `stripeSecretKey` → `STRIPE_SECRET_KEY`, `x-api-key` → `X_API_KEY`.
function toEnvName(name: string | undefined): string {
  return name === undefined ? '' : splitNameWords(name).join('_').toUpperCase();
}
