import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

/** An `eslint-disable` comment, as ESLint's `SourceCode` parses it. */
interface DisableDirective {
  type: 'disable' | 'disable-line' | 'disable-next-line' | 'enable';
  node: { loc: TSESTree.SourceLocation };
  /** The rules it names, comma-separated; empty for every rule. */
  value: string;
}

interface DirectiveSource {
  getDisableDirectives: () => { directives: readonly DisableDirective[] };
}

/**
 * Whether a report of `ruleId` that starts at a position would be dropped by
 * an `eslint-disable` comment, with ESLint's rules: a `disable-line` or
 * `disable-next-line` comment covers its line, and block comments switch
 * the rule off and on from where they start. `undefined` when this ESLint
 * does not share its parsed directives.
 */
export function createSuppressionCheck(
  sourceCode: Readonly<TSESLint.SourceCode>,
  ruleId: string,
): ((position: TSESTree.Position) => boolean) | undefined {
  if (!hasDirectives(sourceCode)) {
    return undefined;
  }

  const directives = sourceCode
    .getDisableDirectives()
    .directives.filter(directive => isForRule(directive, ruleId));
  const suppressedLines = new Set<number>();
  const switches: DisableDirective[] = [];
  for (const directive of directives) {
    const { loc } = directive.node;
    if (directive.type === 'disable-line') {
      suppressedLines.add(loc.start.line);
    } else if (directive.type === 'disable-next-line') {
      suppressedLines.add(loc.end.line + 1);
    } else {
      switches.push(directive);
    }
  }

  return position => {
    if (suppressedLines.has(position.line)) {
      return true;
    }

    // For one rule, the last switch before the position decides.
    let isDisabled = false;
    for (const directive of switches) {
      if (isAfter(directive.node.loc.start, position)) {
        break;
      }
      isDisabled = directive.type === 'disable';
    }
    return isDisabled;
  };
}

// ESLint 9 and 10 have it; the types of `@typescript-eslint/utils` do not.
function hasDirectives(sourceCode: object): sourceCode is DirectiveSource {
  return (
    typeof (sourceCode as Partial<DirectiveSource>).getDisableDirectives ===
    'function'
  );
}

function isForRule(directive: DisableDirective, ruleId: string): boolean {
  const names = directive.value
    .split(',')
    .map(name => name.trim())
    .filter(name => name !== '');
  return names.length === 0 || names.includes(ruleId);
}

function isAfter(a: TSESTree.Position, b: TSESTree.Position): boolean {
  return a.line > b.line || (a.line === b.line && a.column > b.column);
}
