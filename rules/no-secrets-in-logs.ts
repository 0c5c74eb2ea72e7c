import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import { AST_NODE_TYPES } from '@typescript-eslint/utils';

import {
  createImportFixBudget,
  type ImportFixBudget,
} from '../src/importFixBudget.js';
import { getSettings } from '../src/settings.js';
import { getStaticKey, unwrapExpression } from '../src/taint/ast.js';
import { createBindingIndex } from '../src/taint/bindings.js';
import { describeCode, describeTaint } from '../src/taint/describe.js';
import { createFileFacts } from '../src/taint/facts.js';
import { createLoggerRecognizer } from '../src/taint/loggers.js';
import {
  createPropertyRemovalFix,
  createRedactorFix,
  createTemplateRedactionFix,
} from '../src/taint/suggestions.js';
import { createTaintTracker } from '../src/taint/tracker.js';
import { isReportable, type Taint } from '../src/taint/types.js';
import {
  createRule,
  type FunctionCallPlan,
  getFunctionCallPlan,
  mention,
} from '../src/util/index.js';

export type Options = [{ allowSecretNames?: boolean }];

export type MessageIds =
  | 'redactTemplatePart'
  | 'removeSecretProperty'
  | 'secretFlowInLog'
  | 'secretInLog'
  | 'wrapInRedactor';

type Suggestion = TSESLint.SuggestionReportDescriptor<MessageIds>;

// Limitation: the rule sees one file at a time. A secret that another
// module exports under a plain name (`export const config = …`) is clean
// here unless its name says secret.
export default createRule<Options, MessageIds>({
  name: 'no-secrets-in-logs',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow secret values from reaching logging calls',
      recommended: 'recommended',
    },
    hasSuggestions: true,
    schema: [
      {
        type: 'object',
        properties: {
          allowSecretNames: {
            type: 'boolean',
            description:
              'Report only values followed from a real source (the accessor, the environment, request headers, hardcoded secrets), not values that are secret only by name (`password`, `user.token`).',
          },
        },
        additionalProperties: false,
      },
    ],
    defaultOptions: [{ allowSecretNames: false }],
    messages: {
      redactTemplatePart:
        'Replace the secret part of the template literal with `[REDACTED]`.',
      removeSecretProperty:
        'Remove the {{key}} property from the logged object.',
      secretFlowInLog:
        'Do not log {{subject}}: it holds {{source}} from line {{line}}.',
      secretInLog: 'Do not log {{subject}}: it {{reason}}.',
      wrapInRedactor: 'Wrap the logged value in {{redactor}}.',
    },
  },
  create(context, [options]) {
    const { allowSecretNames = false } = options;
    const { sourceCode } = context;
    const settings = getSettings(context.settings);
    const bindings = createBindingIndex(sourceCode.scopeManager);
    const loggers = createLoggerRecognizer(
      bindings,
      settings.loggers,
      sourceCode.text,
    );
    const facts = createFileFacts();
    const tracker = createTaintTracker(sourceCode, bindings, facts, {
      accessorName: settings.accessor.name,
      sources: settings.sources,
      nameMatcher: settings.nameMatcher,
      redactorName: settings.redactor?.name,
    });

    // Planned once, on the first report that can use it.
    let redactorPlan:
      { plan: FunctionCallPlan; budget: ImportFixBudget } | null | undefined;
    function getRedactorPlan(): typeof redactorPlan {
      if (redactorPlan === undefined) {
        const { redactor } = settings;
        const plan =
          redactor &&
          getFunctionCallPlan(
            { sourceCode, filename: context.filename, cwd: context.cwd },
            redactor,
          );
        redactorPlan = plan
          ? { plan, budget: createImportFixBudget(plan, sourceCode) }
          : null;
      }
      return redactorPlan;
    }

    function getReportedTaint(taint: Taint | undefined): Taint | undefined {
      return taint && isReportable(taint, allowSecretNames) ? taint : undefined;
    }

    function createRedactorSuggestions(
      target: TSESTree.Expression | TSESTree.Property,
    ): Suggestion[] {
      // Limitation: in a long file that lacks the redactor's import and
      // logs very many secrets, the last ones get no redactor suggestion
      // (see `createImportFixBudget`).
      const planned = getRedactorPlan();
      if (!planned?.budget.allows(target.range)) {
        return [];
      }
      const { plan } = planned;
      return [
        {
          messageId: 'wrapInRedactor',
          data: { redactor: mention(`${plan.localName}()`) },
          fix: createRedactorFix(target, plan, sourceCode),
        },
      ];
    }

    function createTemplateSuggestions(
      template: TSESTree.TemplateLiteral,
    ): Suggestion[] {
      const secretParts = new Set(
        template.expressions.filter(expression =>
          getReportedTaint(tracker.getTaint(expression)),
        ),
      );
      if (secretParts.size === 0) {
        return [];
      }
      return [
        {
          messageId: 'redactTemplatePart',
          fix: createTemplateRedactionFix(template, secretParts, sourceCode),
        },
      ];
    }

    function report(
      node: TSESTree.Node,
      taint: Taint,
      suggest: Suggestion[],
    ): void {
      const report = describeTaint(taint, sourceCode);
      if (report.kind === 'direct') {
        const { subject, reason } = report;
        context.report({
          node,
          messageId: 'secretInLog',
          data: { subject, reason },
          suggest,
        });
        return;
      }

      const { subject, source, line } = report;
      context.report({
        node,
        messageId: 'secretFlowInLog',
        data: { subject, source, line },
        suggest,
      });
    }

    function checkArgument(argument: TSESTree.CallExpressionArgument): void {
      if (argument.type === AST_NODE_TYPES.SpreadElement) {
        const taint = getReportedTaint(tracker.getTaint(argument.argument));
        if (taint) {
          report(argument, taint, []);
        }
        return;
      }

      const value = unwrapExpression(argument);
      if (value.type === AST_NODE_TYPES.ObjectExpression) {
        checkObject(value);
        return;
      }

      const taint = getReportedTaint(tracker.getTaint(argument));
      if (!taint) {
        return;
      }
      const templateSuggestions =
        value.type === AST_NODE_TYPES.TemplateLiteral
          ? createTemplateSuggestions(value)
          : [];
      report(argument, taint, [
        ...templateSuggestions,
        ...createRedactorSuggestions(argument),
      ]);
    }

    // A logged object literal is reported property by property.
    function checkObject(object: TSESTree.ObjectExpression): void {
      for (const property of object.properties) {
        if (property.type === AST_NODE_TYPES.SpreadElement) {
          const taint = getReportedTaint(tracker.getTaint(property.argument));
          if (taint) {
            report(property, taint, []);
          }
          continue;
        }

        const value = unwrapExpression(property.value);
        if (value.type === AST_NODE_TYPES.ObjectExpression) {
          checkObject(value);
          continue;
        }

        const taint = getReportedTaint(tracker.getPropertyTaint(property));
        if (taint) {
          reportProperty(property, object, taint);
        }
      }
    }

    function reportProperty(
      property: TSESTree.Property,
      object: TSESTree.ObjectExpression,
      taint: Taint,
    ): void {
      const name = getStaticKey(property);
      const key =
        name === undefined
          ? describeCode(property.key, sourceCode)
          : mention(name);
      report(property, taint, [
        {
          messageId: 'removeSecretProperty',
          data: { key },
          fix: createPropertyRemovalFix(property, object, sourceCode),
        },
        ...createRedactorSuggestions(property),
      ]);
    }

    // Sinks are checked once the whole file is seen, so that calls can
    // follow functions and fields declared after them.
    const loggedArguments: TSESTree.CallExpressionArgument[] = [];

    return {
      AssignmentExpression: facts.addAssignment,
      CallExpression(node): void {
        loggedArguments.push(...(loggers.getLoggedArguments(node) ?? []));
      },
      ReturnStatement: facts.addReturn,
      VariableDeclarator: facts.addDeclarator,
      'Program:exit'(): void {
        if (loggedArguments.length === 0) {
          return;
        }
        tracker.warmUp();
        for (const argument of loggedArguments) {
          checkArgument(argument);
        }
      },
    };
  },
});
