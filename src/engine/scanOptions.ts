import type { EntropyThresholds } from './entropy.js';
import { ENTROPY_EXCLUSIONS, type EntropyExclusion } from './exclusions.js';
import { PROVIDER_IDS } from './providers/index.js';

/** A compiled custom token format. */
export /** A user-defined token format. */
interface CustomPatternOption {
  /** Names the format in messages and in `id`. */
  name: string;
  /** Regular expression source; group 1, if any, is the secret. */
  pattern: string;
  /** Literal text every match contains; without it the pattern always runs. */
  keywords?: readonly string[];
}

/** The engine's options, as a rule's options give them. */
export interface ScanOptions {
  /** Built-in provider ids to turn off. */
  disabledProviders?: readonly string[];
  customPatterns?: readonly CustomPatternOption[];
  /** Patterns of values that are never reported. */
  ignoredValues?: readonly string[];
  /** Patterns of names whose strings are never reported. */
  ignoredNames?: readonly string[];
  entropy?: Partial<EntropyThresholds>;
  entropyExclusions?: readonly EntropyExclusion[];
  /** Report random-looking strings that no name marks as secret. */
  checkHighEntropyStrings?: boolean;
  /** Report markers such as `changeme` given to secret names. */
  checkPlaceholders?: boolean;
}

interface CompiledCustomPattern {
  name: string;
  pattern: RegExp;
  keywords: readonly string[];
}

/** Options checked and compiled once, for many calls of `scanString`. */
export interface CompiledScanOptions {
  readonly disabledProviders: ReadonlySet<string>;
  readonly customPatterns: readonly CompiledCustomPattern[];
  readonly ignoredValues: readonly RegExp[];
  readonly ignoredNames: readonly RegExp[];
  readonly entropy: EntropyThresholds;
  readonly entropyExclusions: ReadonlySet<EntropyExclusion>;
  readonly checkHighEntropyStrings: boolean;
  readonly checkPlaceholders: boolean;
}

/** Thrown for malformed options, with a message that says what is wrong. */
export class ScanOptionsError extends Error {
  constructor(path: string, expected: string, found: string) {
    super(
      `eslint-plugin-secret-hygiene: option ${path} must be ${expected}; found ${found}.`,
    );
    this.name = 'ScanOptionsError';
  }
}

export const DEFAULT_ENTROPY_THRESHOLDS: EntropyThresholds = {
  base64Threshold: 4.2,
  base64MinLength: 20,
  hexThreshold: 3.5,
  hexMinLength: 32,
};

/** Compiles options; throws `ScanOptionsError` for invalid ones. */
export function compileScanOptions(
  options: ScanOptions = {},
): CompiledScanOptions {
  const known = new Set(PROVIDER_IDS);
  const disabledProviders = options.disabledProviders ?? [];
  disabledProviders.forEach((id, index) => {
    if (!known.has(id)) {
      throw new ScanOptionsError(
        `disabledProviders[${index}]`,
        'a built-in provider id such as "github-pat"',
        JSON.stringify(id),
      );
    }
  });

  return {
    disabledProviders: new Set(disabledProviders),
    customPatterns: (options.customPatterns ?? []).map(compileCustomPattern),
    ignoredValues: (options.ignoredValues ?? []).map((source, index) =>
      compilePattern(source, `ignoredValues[${index}]`, 'u'),
    ),
    ignoredNames: (options.ignoredNames ?? []).map((source, index) =>
      compilePattern(source, `ignoredNames[${index}]`, 'u'),
    ),
    entropy: { ...DEFAULT_ENTROPY_THRESHOLDS, ...options.entropy },
    entropyExclusions: new Set(options.entropyExclusions ?? ENTROPY_EXCLUSIONS),
    checkHighEntropyStrings: options.checkHighEntropyStrings ?? true,
    checkPlaceholders: options.checkPlaceholders ?? true,
  };
}

/** The compiled defaults, for callers that give no options. */
export const DEFAULT_SCAN_OPTIONS: CompiledScanOptions = compileScanOptions();

function compileCustomPattern(
  option: CustomPatternOption,
  index: number,
): CompiledCustomPattern {
  const path = `customPatterns[${index}]`;
  if (typeof option.name !== 'string' || option.name.trim() === '') {
    throw new ScanOptionsError(
      `${path}.name`,
      'a non-empty string',
      describe(option.name),
    );
  }

  const keywords = option.keywords ?? [];
  keywords.forEach((keyword, keywordIndex) => {
    if (typeof keyword !== 'string' || keyword === '') {
      throw new ScanOptionsError(
        `${path}.keywords[${keywordIndex}]`,
        'a non-empty string',
        describe(keyword),
      );
    }
  });

  return {
    name: option.name,
    pattern: compilePattern(option.pattern, `${path}.pattern`, 'gu'),
    keywords,
  };
}

function compilePattern(source: unknown, path: string, flags: string): RegExp {
  if (typeof source !== 'string' || source === '') {
    throw new ScanOptionsError(
      path,
      'a regular expression source',
      describe(source),
    );
  }
  try {
    return new RegExp(source, flags);
  } catch (error) {
    throw new ScanOptionsError(
      path,
      'a valid regular expression',
      `${JSON.stringify(source)} (${(error as Error).message})`,
    );
  }
}

function describe(value: unknown): string {
  return typeof value === 'string' ? JSON.stringify(value) : typeof value;
}
