import type { JSONSchema4 } from '@typescript-eslint/utils/json-schema';

import {
  type CompiledScanOptions,
  compileScanOptions,
  DEFAULT_ENTROPY_THRESHOLDS,
  ENTROPY_EXCLUSIONS,
  type EntropyExclusion,
  type EntropyThresholds,
  PROVIDER_IDS,
} from '../engine/index.js';

/** The options of `no-hardcoded-secrets`. */
export interface HardcodedSecretsOptions {
  checkComments: boolean;
  checkHighEntropyStrings: boolean;
  checkPlaceholders: boolean;
  customPatterns: { name: string; pattern: string; keywords?: string[] }[];
  disabledProviders: string[];
  /** Thresholds left out keep their defaults. */
  entropy: Partial<EntropyThresholds>;
  entropyExclusions: EntropyExclusion[];
  ignoredNames: string[];
  ignoredValues: string[];
}

export const DEFAULT_OPTIONS: HardcodedSecretsOptions = {
  checkComments: true,
  checkHighEntropyStrings: true,
  checkPlaceholders: true,
  customPatterns: [],
  disabledProviders: [],
  entropy: { ...DEFAULT_ENTROPY_THRESHOLDS },
  entropyExclusions: [...ENTROPY_EXCLUSIONS],
  ignoredNames: [],
  ignoredValues: [],
};

const patternList = (description: string): JSONSchema4 => ({
  type: 'array',
  description,
  items: { type: 'string', minLength: 1 },
  uniqueItems: true,
});

export const OPTIONS_SCHEMA: JSONSchema4 = {
  type: 'object',
  additionalProperties: false,
  properties: {
    checkComments: {
      type: 'boolean',
      description: 'Look for provider tokens and private keys in comments.',
    },
    checkHighEntropyStrings: {
      type: 'boolean',
      description:
        'Report random-looking strings that no secret name is bound to, at the `entropy` thresholds.',
    },
    checkPlaceholders: {
      type: 'boolean',
      description:
        'Report placeholders and default values (`changeme`, `<your-key>`, `admin`) given to secret names or written as URL passwords.',
    },
    customPatterns: {
      type: 'array',
      description: 'Extra token formats to report.',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['name', 'pattern'],
        properties: {
          name: {
            type: 'string',
            minLength: 1,
            description: 'Names the format in messages.',
          },
          pattern: {
            type: 'string',
            minLength: 1,
            description:
              'Regular expression source (Unicode mode); capture group 1, if any, is the secret. It must run in linear time.',
          },
          keywords: {
            type: 'array',
            description:
              'Literal text every match contains; the pattern runs only on strings that hold one.',
            items: { type: 'string', minLength: 1 },
          },
        },
      },
    },
    disabledProviders: {
      type: 'array',
      description: 'Built-in token formats to turn off, by id.',
      items: { type: 'string', enum: [...PROVIDER_IDS] },
      uniqueItems: true,
    },
    entropy: {
      type: 'object',
      additionalProperties: false,
      description:
        'Thresholds for strings with no secret name: Shannon entropy in bits per character, and minimum lengths.',
      properties: {
        base64Threshold: {
          type: 'number',
          minimum: 0,
          maximum: 6,
          description: 'Entropy a base64-like string needs.',
        },
        base64MinLength: {
          type: 'integer',
          minimum: 8,
          description: 'Length a base64-like string needs.',
        },
        hexThreshold: {
          type: 'number',
          minimum: 0,
          maximum: 4,
          description: 'Entropy a hex string needs.',
        },
        hexMinLength: {
          type: 'integer',
          minimum: 8,
          description: 'Length a hex string needs.',
        },
      },
    },
    entropyExclusions: {
      type: 'array',
      description:
        'Kinds of random-looking strings that are not secrets and are never reported as high-entropy strings.',
      items: { type: 'string', enum: [...ENTROPY_EXCLUSIONS] },
      uniqueItems: true,
    },
    ignoredNames: patternList(
      'Regular expressions of names whose strings are never reported.',
    ),
    ignoredValues: patternList(
      'Regular expressions of values that are never reported.',
    ),
  },
};

// Rules get a fresh options object for every file; compile each distinct
// set of options once.
const compiledCache = new Map<string, CompiledScanOptions>();
const MAX_CACHED = 32;

/** The engine options for the rule options, compiled once per distinct set. */
export function getCompiledOptions(
  options: HardcodedSecretsOptions,
): CompiledScanOptions {
  // Most configurations keep the defaults; tell them apart without
  // serializing.
  if (isDefaultOptions(options)) {
    return DEFAULT_COMPILED;
  }

  const key = JSON.stringify(options);
  const cached = compiledCache.get(key);
  if (cached) {
    return cached;
  }

  const compiled = compileOptions(options);
  if (compiledCache.size >= MAX_CACHED) {
    compiledCache.clear();
  }
  compiledCache.set(key, compiled);
  return compiled;
}

function compileOptions(options: HardcodedSecretsOptions): CompiledScanOptions {
  return compileScanOptions({
    disabledProviders: options.disabledProviders,
    customPatterns: options.customPatterns,
    ignoredNames: options.ignoredNames,
    ignoredValues: options.ignoredValues,
    entropy: options.entropy,
    entropyExclusions: options.entropyExclusions,
    checkHighEntropyStrings: options.checkHighEntropyStrings,
    checkPlaceholders: options.checkPlaceholders,
  });
}

const DEFAULT_COMPILED = compileOptions(DEFAULT_OPTIONS);

function isDefaultOptions(options: HardcodedSecretsOptions): boolean {
  const defaults = DEFAULT_OPTIONS;
  return (
    options.checkHighEntropyStrings === defaults.checkHighEntropyStrings &&
    options.checkPlaceholders === defaults.checkPlaceholders &&
    options.customPatterns.length === 0 &&
    options.disabledProviders.length === 0 &&
    options.ignoredNames.length === 0 &&
    options.ignoredValues.length === 0 &&
    options.entropy.base64Threshold === defaults.entropy.base64Threshold &&
    options.entropy.base64MinLength === defaults.entropy.base64MinLength &&
    options.entropy.hexThreshold === defaults.entropy.hexThreshold &&
    options.entropy.hexMinLength === defaults.entropy.hexMinLength &&
    options.entropyExclusions.length === defaults.entropyExclusions.length &&
    defaults.entropyExclusions.every(exclusion =>
      options.entropyExclusions.includes(exclusion),
    )
  );
}
