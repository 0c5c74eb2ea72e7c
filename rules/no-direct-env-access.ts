import type { TSESTree } from '@typescript-eslint/utils';

import { AST_NODE_TYPES, ASTUtils, TSESLint } from '@typescript-eslint/utils';

import {
  getReadReplacement,
  type ReadReplacement,
} from '../src/envReadReplacements.js';
import { getSettings } from '../src/settings.js';
import { createSharedImportFixes } from '../src/sharedImportFixes.js';
import { createSuppressionCheck } from '../src/suppressions.js';
import {
  type EnvRead,
  getEnvRead,
  getEnvWrite,
} from '../src/util/envAccess.js';
import { mayReadEnvironment } from '../src/util/envObjects.js';
import {
  createRule,
  type FunctionCallPlan,
  getFunctionCallPlan,
  getPreferredQuote,
  isFileMatched,
  mention,
  quoteString,
} from '../src/util/index.js';

export type Options = [
  {
    allow?: string[];
    allowFiles?: string[];
    checkWrites?: boolean;
    secretsOnly?: boolean;
  },
];

export type MessageIds =
  | 'unexpectedDynamicEnvRead'
  | 'unexpectedEnvRead'
  | 'unexpectedEnvUse'
  | 'unexpectedEnvWrite';

interface Finding {
  access: EnvRead;
  isWrite: boolean;
}

const { DefinitionType } = TSESLint.Scope;

// Limitation: the rule sees one file at a time. A module that re-exports
// `process.env` under another name (`export const config = process.env`) is
// reported where it does so, but reads through it in other files are not.
// Limitation: `const env = Deno.env` is followed, while a `Bun` or
// `import.meta` object stored in a variable first is not.
// Limitation: in CommonJS, a read that runs before the accessor's
// `require` is reported without a fix: the call would run before the
// accessor exists.
export default createRule<Options, MessageIds>({
  name: 'no-direct-env-access',
  meta: {
    type: 'suggestion',
    docs: {
      description:
        'Disallow reading the process environment outside the approved secret accessor',
      recommended: 'recommended',
      strictOptions: [{ checkWrites: true }],
    },
    fixable: 'code',
    schema: [
      {
        type: 'object',
        properties: {
          allow: {
            type: 'array',
            items: { type: 'string', minLength: 1 },
            uniqueItems: true,
            description:
              'Variables that may be read directly: names, or regular expressions written as "/pattern/flags".',
          },
          allowFiles: {
            type: 'array',
            items: { type: 'string', minLength: 1 },
            uniqueItems: true,
            description:
              "Globs, relative to ESLint's working directory, of files that may read the environment, besides the accessor's files.",
          },
          checkWrites: {
            type: 'boolean',
            description:
              'Also report writes to the environment (`process.env.X = value`, `delete process.env.X`).',
          },
          secretsOnly: {
            type: 'boolean',
            description:
              'Report only variables whose names say they hold a secret; dynamic and whole-environment reads are then allowed.',
          },
        },
        additionalProperties: false,
      },
    ],
    defaultOptions: [
      {
        allow: ['NODE_ENV'],
        allowFiles: [],
        checkWrites: false,
        secretsOnly: false,
      },
    ],
    messages: {
      unexpectedDynamicEnvRead:
        'Read each variable by name through {{accessor}} instead of {{code}}.',
      unexpectedEnvRead:
        'Read {{name}} through {{accessor}}, which fails fast when it is missing.',
      unexpectedEnvUse:
        '{{code}} exposes the whole environment; read the variables needed through {{accessor}}.',
      unexpectedEnvWrite:
        'Unexpected write to the environment in {{code}}; keep writes in the accessor’s files.',
    },
  },
  create(context, [options]) {
    const {
      allow = [],
      allowFiles = [],
      checkWrites = false,
      secretsOnly = false,
    } = options;
    const { sourceCode } = context;
    const { accessor, nameMatcher } = getSettings(context.settings);
    if (
      !mayReadEnvironment(sourceCode) ||
      isFileMatched(accessor.files, context.filename, context.cwd) ||
      isFileMatched(allowFiles, context.filename, context.cwd)
    ) {
      return {};
    }

    const allowed = compileAllowList(allow);
    const accessorMention = mention(`${accessor.name}()`);
    const findings: Finding[] = [];

    /** Whether the options and settings have the rule report `access`. */
    function isReported(access: EnvRead): boolean {
      if (access.name === undefined) {
        return !secretsOnly;
      }

      const { name } = access;
      if (allowed.some(pattern => pattern(name))) {
        return false;
      }
      return !secretsOnly || nameMatcher.isSecretName(name);
    }

    function checkNode(node: TSESTree.Node): void {
      const read = getEnvRead(node, sourceCode);
      if (read) {
        if (isReported(read)) {
          findings.push({ access: read, isWrite: false });
        }
        return;
      }

      if (!checkWrites) {
        return;
      }

      const write = getEnvWrite(node, sourceCode);
      if (write && isReported(write)) {
        findings.push({ access: write, isWrite: true });
      }
    }

    /**
     * The replacement of each finding by an accessor call, or `null` where
     * none is exact, or where an `eslint-disable` comment drops the report.
     */
    function getReplacements(
      plan: FunctionCallPlan,
      isSuppressed: (position: TSESTree.Position) => boolean,
    ): (ReadReplacement | null)[] {
      const quote = getPreferredQuote(sourceCode);
      const replacementContext = {
        sourceCode,
        isReported,
        createCall: (name: string): string =>
          `${plan.localName}(${quoteString(name, quote)})`,
      };
      // The reads of one destructuring share its replacement.
      const byPattern = new Map<TSESTree.Node, ReadReplacement | undefined>();

      return findings.map(({ access, isWrite }) => {
        if (isWrite || isSuppressed(access.node.loc.start)) {
          return null;
        }

        const pattern =
          access.node.type === AST_NODE_TYPES.Property
            ? access.node.parent
            : undefined;
        const replacement =
          pattern && byPattern.has(pattern)
            ? byPattern.get(pattern)
            : getReadReplacement(access, replacementContext);
        if (pattern) {
          byPattern.set(pattern, replacement);
        }
        return replacement && canCallAt(replacement, plan) ? replacement : null;
      });
    }

    /**
     * Whether the accessor can be called where the replacement goes: no
     * local binding hides it, and it is not called inside its own
     * declaration or before a `const` that declares it.
     */
    function canCallAt(
      replacement: ReadReplacement,
      plan: FunctionCallPlan,
    ): boolean {
      const variable = ASTUtils.findVariable(
        sourceCode.getScope(replacement.node),
        plan.localName,
      );
      if (plan.needsImport) {
        return variable === null || variable.defs.length === 0;
      }

      if (variable?.scope.block.type !== AST_NODE_TYPES.Program) {
        return false;
      }

      const definition = variable.defs.at(0);
      switch (definition?.type) {
        case DefinitionType.ImportBinding:
          return true;
        case DefinitionType.FunctionName:
          return (
            replacement.range[1] <= definition.node.range[0] ||
            replacement.range[0] >= definition.node.range[1]
          );
        case DefinitionType.Variable:
          return replacement.range[0] >= definition.parent.range[1];
        default:
          return false;
      }
    }

    /** Reports a finding with the message for its kind of access. */
    function reportFinding(
      { access, isWrite }: Finding,
      fix: TSESLint.ReportFixFunction | null,
    ): void {
      const { node } = access;
      const code = mention(sourceCode.getText(node));
      if (isWrite) {
        context.report({
          node,
          messageId: 'unexpectedEnvWrite',
          data: { code },
        });
        return;
      }

      switch (access.kind) {
        case 'variable':
          context.report({
            node,
            messageId: 'unexpectedEnvRead',
            data: {
              name: mention(access.name ?? ''),
              accessor: accessorMention,
            },
            fix,
          });
          return;
        case 'dynamic':
          context.report({
            node,
            messageId: 'unexpectedDynamicEnvRead',
            data: { code, accessor: accessorMention },
          });
          return;
        case 'whole':
          context.report({
            node,
            messageId: 'unexpectedEnvUse',
            data: { code, accessor: accessorMention },
          });
          return;
      }
    }

    return {
      CallExpression: checkNode,
      Identifier: checkNode,
      MemberExpression: checkNode,
      Property: checkNode,
      RestElement: checkNode,
      // Reports wait for the end of the file, so that the fixes can be
      // planned together; see `createSharedImportFixes`.
      'Program:exit'(): void {
        if (findings.length === 0) {
          return;
        }

        findings.sort(
          (a, b) => a.access.node.range[0] - b.access.node.range[0],
        );
        const plan = getFunctionCallPlan(
          { sourceCode, filename: context.filename, cwd: context.cwd },
          accessor,
        );
        const isSuppressed = createSuppressionCheck(sourceCode, context.id);
        const fixes = plan
          ? createSharedImportFixes(
              getReplacements(plan, isSuppressed ?? ((): boolean => false)),
              plan,
              sourceCode,
              isSuppressed !== undefined,
            )
          : [];
        findings.forEach((finding, index) => {
          reportFinding(finding, fixes[index] ?? null);
        });
      },
    };
  },
});

/**
 * Compiles `allow`: a name matches itself, and `"/^VITE_/u"` is a regular
 * expression.
 */
function compileAllowList(
  allow: readonly string[],
): ((name: string) => boolean)[] {
  return allow.map(entry => {
    const lastSlash = entry.lastIndexOf('/');
    if (!entry.startsWith('/') || lastSlash === 0) {
      return (name: string): boolean => name === entry;
    }

    let pattern: RegExp;
    try {
      pattern = new RegExp(
        entry.slice(1, lastSlash),
        entry.slice(lastSlash + 1),
      );
    } catch {
      throw new Error(
        `no-direct-env-access: the option "allow" holds ${JSON.stringify(entry)}, which is not a valid regular expression.`,
      );
    }
    return (name: string): boolean => {
      pattern.lastIndex = 0;
      return pattern.test(name);
    };
  });
}
