import { type AST, RegExpParser } from '@eslint-community/regexpp';

/** A regular expression of the plugin and where it comes from. */
export interface PatternSource {
  source: string;
  flags: string;
  /** `src/engine/values.ts:12` or `provider github-pat`. */
  origin: string;
}

/** One input built to make a pattern loop, before it is sized. */
export interface HostileInput {
  /** What reaches the loop: the pattern's text before it. */
  prefix: string;
  /** What the loop matches once; the input repeats it. */
  unit: string;
  /** Appended after the run so that the match fails at the very end. */
  breaker: string;
}

// Characters tried, in order, for "a character this class matches".
const CANDIDATE_CHARACTERS = [
  ...Array.from('aA0_-.:/+=@ zZ9~!#$%&*,;?^|\t\n"\'()[]{}<>\\`'),
  'é',
  '\u0000',
];

const BREAKERS = ['\u0000', '!'];

// Quantifiers bounded below this repeat too few times to hurt.
const MIN_LOOP_BOUND = 16;

/**
 * Builds hostile inputs for a pattern: for every unbounded (or widely
 * bounded) quantifier, the text that leads to it, then a long run of what it
 * matches, then a character that makes the match fail, plus the run alone
 * (a search that restarts at every position is where super-linear "move"
 * shows up).
 */
export function buildHostileInputs(pattern: PatternSource): HostileInput[] {
  const ast = parsePattern(pattern);
  if (ast === undefined) {
    return [];
  }

  const inputs: HostileInput[] = [];
  const seen = new Set<string>();
  const add = (input: HostileInput): void => {
    const key = JSON.stringify(input);
    if (!seen.has(key) && input.unit !== '') {
      seen.add(key);
      inputs.push(input);
    }
  };

  for (const quantifier of collectLoops(ast.pattern)) {
    const unit = sampleOf(quantifier.element, pattern.flags);
    const prefix = samplePrefix(quantifier, pattern.flags);
    for (const breaker of BREAKERS) {
      add({ prefix, unit, breaker });
      add({ prefix: '', unit, breaker });
    }
  }
  return inputs;
}

/** The input text: the prefix, the unit repeated to `length`, the breaker. */
export function renderHostileInput(
  input: HostileInput,
  length: number,
): string {
  const count = Math.max(1, Math.ceil(length / input.unit.length));
  return `${input.prefix}${input.unit.repeat(count)}${input.breaker}`;
}

function parsePattern(pattern: PatternSource): AST.RegExpLiteral | undefined {
  try {
    return new RegExpParser().parseLiteral(
      `/${pattern.source}/${pattern.flags}`,
    );
  } catch {
    return undefined;
  }
}

function collectLoops(node: AST.Node): AST.Quantifier[] {
  const loops: AST.Quantifier[] = [];
  const visit = (current: AST.Node): void => {
    if (current.type === 'Quantifier' && current.max >= MIN_LOOP_BOUND) {
      loops.push(current);
    }
    for (const child of getChildren(current)) {
      visit(child);
    }
  };
  visit(node);
  return loops;
}

function getChildren(node: AST.Node): AST.Node[] {
  switch (node.type) {
    case 'Pattern':
    case 'Group':
    case 'CapturingGroup': {
      return node.alternatives;
    }
    case 'Assertion': {
      return node.kind === 'lookahead' || node.kind === 'lookbehind'
        ? node.alternatives
        : [];
    }
    case 'Alternative': {
      return node.elements;
    }
    case 'Quantifier': {
      return [node.element];
    }
    default: {
      return [];
    }
  }
}

/** A short text that the node matches, or `''` when none is easy to find. */
export function sampleOf(node: AST.Node, flags: string): string {
  switch (node.type) {
    case 'Pattern':
    case 'Group':
    case 'CapturingGroup': {
      const first = node.alternatives.at(0);
      return first === undefined ? '' : sampleOf(first, flags);
    }
    case 'Alternative': {
      return node.elements.map(element => sampleOf(element, flags)).join('');
    }
    case 'Quantifier': {
      const unit = sampleOf(node.element, flags);
      return unit.repeat(Math.min(Math.max(node.min, 1), 64));
    }
    case 'Character': {
      return String.fromCodePoint(node.value);
    }
    case 'CharacterClass':
    case 'CharacterSet':
    case 'ExpressionCharacterClass': {
      return findMatchingCharacter(node.raw, flags);
    }
    default: {
      // Assertions and backreferences match no text of their own.
      return '';
    }
  }
}

/** The text a match needs before it reaches `node`. */
function samplePrefix(node: AST.Node, flags: string): string {
  let prefix = '';
  let child: AST.Node = node;
  let parent: AST.Node | null = node.parent;
  while (parent !== null && parent.type !== 'RegExpLiteral') {
    if (parent.type === 'Alternative') {
      const index = parent.elements.indexOf(child as AST.Element);
      const before = parent.elements
        .slice(0, index)
        .map(element => sampleOf(element, flags))
        .join('');
      prefix = before + prefix;
    }
    child = parent;
    parent = parent.parent;
  }
  return prefix;
}

function findMatchingCharacter(raw: string, flags: string): string {
  const safeFlags = flags.replaceAll(/[gy]/gu, '');
  let single: RegExp;
  try {
    single = new RegExp(`^(?:${raw})$`, safeFlags);
  } catch {
    return '';
  }
  return CANDIDATE_CHARACTERS.find(character => single.test(character)) ?? '';
}
