import { isHighEntropyToken, profileCharacters } from './entropy.js';
import {
  getEntropyExclusion,
  isDocumentationExample,
  isDummyToken,
} from './exclusions.js';
import { maskSecret } from './mask.js';
import { defaultNameMatcher, splitNameWords } from './names.js';
import { createKeywordPrefilter, MIN_GATED_TOKEN_LENGTH } from './prefilter.js';
import {
  type Confidence,
  PROVIDERS,
  type ProviderDefinition,
} from './providers/index.js';
import {
  type CompiledScanOptions,
  DEFAULT_SCAN_OPTIONS,
} from './scanOptions.js';
import { findStructuredCredentials } from './structure.js';
import { classifyValue } from './values.js';

/** What kind of evidence a finding rests on. */
export type FindingKind =
  'context' | 'credential' | 'custom' | 'entropy' | 'placeholder' | 'provider';

/** One secret found in a string. */
export interface SecretFinding {
  kind: FindingKind;
  /**
   * The provider format (`github-pat`), the custom pattern's name, or the
   * reason: `url-password`, `connection-string-password`,
   * `query-parameter-secret`, `authorization-bearer`,
   * `authorization-basic`, `secret-name`, `high-entropy`, `placeholder`.
   */
  id: string;
  /** Names the provider or the reason in messages. */
  title: string;
  confidence: Confidence;
  /** The span of the secret inside the scanned text. */
  start: number;
  end: number;
  /** The secret as a message may show it. */
  masked: string;
}

/** What surrounds the string being scanned. */
export interface ScanContext {
  /** The name the string is bound to: variable, property, parameter. */
  name?: string;
  /**
   * Whether `name` says it holds a secret, by the configured matcher;
   * the default matcher decides when this is left out.
   */
  isSecretName?: boolean;
  /** Comment text: only token formats are looked for. */
  isComment?: boolean;
  options?: CompiledScanOptions;
}

// No token format is shorter; strings below it need a secret name.
const MIN_TOKEN_LENGTH = 8;
const MIN_TEXT_LENGTH = 3;
// Longer base64 runs are payloads (fonts, images, certificates).
const MAX_ENTROPY_WORD = 200;

const PREFILTER = createKeywordPrefilter(
  PROVIDERS.flatMap((provider, index) =>
    provider.keywords.map(keyword => [keyword, index] as const),
  ),
);

// Formats with no literal part, by the name words that gate them.
const NAME_GATED = new Map<string, number[]>();
PROVIDERS.forEach((provider, index) => {
  for (const word of provider.nameWords ?? []) {
    NAME_GATED.set(word, [...(NAME_GATED.get(word) ?? []), index]);
  }
});

/**
 * Finds the secrets in `text`: provider tokens, credentials in URLs,
 * connection strings and `Authorization` values, and, when the string is
 * bound to a secret name, the value itself; without such a name, strings
 * random enough at the entropy thresholds. Comments get token formats only.
 */
export function scanString(
  text: string,
  context: ScanContext = {},
): SecretFinding[] {
  const options = context.options ?? DEFAULT_SCAN_OPTIONS;
  const { name } = context;
  if (text.length < MIN_TEXT_LENGTH) {
    return [];
  }

  if (name !== undefined && matchesAny(options.ignoredNames, name)) {
    return [];
  }

  const isComment = context.isComment === true;
  const isSecretName =
    !isComment &&
    (context.isSecretName ??
      (name !== undefined && defaultNameMatcher.isSecretName(name)));
  if (text.length < MIN_TOKEN_LENGTH && !isSecretName) {
    return [];
  }

  const findings: SecretFinding[] = [];
  addProviderFindings(text, isComment ? undefined : name, options, findings);
  addCustomFindings(text, options, findings);
  if (!isComment) {
    addStructureFindings(text, options, findings);
  }

  const results = getFallbackFindings(
    text,
    name,
    isSecretName,
    options,
    findings,
    isComment,
  );
  return options.ignoredValues.length === 0
    ? results
    : results.filter(finding => !isIgnoredValue(text, finding, options));
}

// Without a token or credential, a secret name makes the value itself a
// finding; without one, only a random-looking string is.
function getFallbackFindings(
  text: string,
  name: string | undefined,
  isSecretName: boolean,
  options: CompiledScanOptions,
  findings: SecretFinding[],
  isComment: boolean,
): SecretFinding[] {
  if (findings.length > 0 || isComment) {
    return findings;
  }
  if (isSecretName) {
    return getContextFindings(text, name, options);
  }
  return options.checkHighEntropyStrings
    ? getEntropyFindings(text, name, options)
    : [];
}

function addProviderFindings(
  text: string,
  name: string | undefined,
  options: CompiledScanOptions,
  findings: SecretFinding[],
): void {
  const targets =
    text.length >= MIN_GATED_TOKEN_LENGTH
      ? PREFILTER.findTargets(text)
      : NO_PROVIDERS;
  for (const index of targets) {
    addEnabledProviderMatches(text, index, options, findings);
  }

  if (name === undefined) {
    return;
  }
  for (const index of getNameGatedProviders(name)) {
    addEnabledProviderMatches(text, index, options, findings);
  }
}

function addEnabledProviderMatches(
  text: string,
  index: number,
  options: CompiledScanOptions,
  findings: SecretFinding[],
): void {
  const provider = PROVIDERS.at(index);
  if (provider && !options.disabledProviders.has(provider.id)) {
    addProviderMatches(text, provider, findings);
  }
}

// Names repeat a lot within a file and across files; most gate nothing.
const nameGateCache = new Map<string, readonly number[]>();
const MAX_CACHED_NAMES = 4096;
const NO_PROVIDERS: readonly number[] = [];

function getNameGatedProviders(name: string): readonly number[] {
  let indices = nameGateCache.get(name);
  if (!indices) {
    if (nameGateCache.size >= MAX_CACHED_NAMES) {
      nameGateCache.clear();
    }
    const gated = splitNameWords(name).flatMap(
      word => NAME_GATED.get(word) ?? [],
    );
    indices = gated.length === 0 ? NO_PROVIDERS : gated;
    nameGateCache.set(name, indices);
  }
  return indices;
}

function addProviderMatches(
  text: string,
  provider: ProviderDefinition,
  findings: SecretFinding[],
): void {
  provider.pattern.lastIndex = 0;
  for (const match of text.matchAll(provider.pattern)) {
    const token = match[0];
    if (provider.validate && !provider.validate(token)) {
      continue;
    }
    if (isDummyToken(token)) {
      continue;
    }

    const start = match.index;
    const matchEnd = start + token.length;
    const end = provider.getEnd ? provider.getEnd(text, matchEnd) : matchEnd;
    if (end === undefined) {
      continue;
    }
    addFinding(findings, {
      kind: 'provider',
      id: provider.id,
      title: provider.title,
      confidence: provider.confidence ?? 'high',
      start,
      end,
      masked: maskSecret(text.slice(start, end)),
    });
  }
}

function addCustomFindings(
  text: string,
  options: CompiledScanOptions,
  findings: SecretFinding[],
): void {
  for (const custom of options.customPatterns) {
    const gated =
      custom.keywords.length === 0 ||
      custom.keywords.some(keyword => text.includes(keyword));
    if (!gated) {
      continue;
    }

    custom.pattern.lastIndex = 0;
    for (const match of text.matchAll(custom.pattern)) {
      const secret = match.at(1) ?? match[0];
      if (secret === '') {
        continue;
      }
      const start = match.index + Math.max(0, match[0].indexOf(secret));
      addFinding(findings, {
        kind: 'custom',
        id: custom.name,
        title: custom.name,
        confidence: 'high',
        start,
        end: start + secret.length,
        masked: maskSecret(secret),
      });
    }
  }
}

function addStructureFindings(
  text: string,
  options: CompiledScanOptions,
  findings: SecretFinding[],
): void {
  for (const match of findStructuredCredentials(text)) {
    if (match.isPlaceholder && !options.checkPlaceholders) {
      continue;
    }
    addFinding(findings, {
      kind: match.isPlaceholder ? 'placeholder' : 'credential',
      id: match.id,
      title: match.title,
      confidence: match.isPlaceholder ? 'low' : match.confidence,
      start: match.start,
      end: match.end,
      masked: maskSecret(text.slice(match.start, match.end)),
    });
  }
}

function getContextFindings(
  text: string,
  name: string | undefined,
  options: CompiledScanOptions,
): SecretFinding[] {
  const verdict = classifyValue(text, name);
  if (verdict !== 'value' && verdict !== 'placeholder') {
    return [];
  }
  // Published example keys (`AKIA…EXAMPLE`) are there to be copied.
  if (
    options.entropyExclusions.has('exampleKey') &&
    isDocumentationExample(text.trim())
  ) {
    return [];
  }
  if (verdict === 'placeholder' && !options.checkPlaceholders) {
    return [];
  }

  const start = text.length - text.trimStart().length;
  const end = text.trimEnd().length;
  const value = text.slice(start, end);
  const isPlaceholder = verdict === 'placeholder';
  return [
    {
      kind: isPlaceholder ? 'placeholder' : 'context',
      id: isPlaceholder ? 'placeholder' : 'secret-name',
      title: isPlaceholder
        ? 'placeholder or default value'
        : 'value of a secret name',
      confidence: isPlaceholder ? 'low' : getValueConfidence(value, options),
      start,
      end,
      masked: maskSecret(value),
    },
  ];
}

function getValueConfidence(
  value: string,
  options: CompiledScanOptions,
): Confidence {
  const profile = profileCharacters(value);
  return isHighEntropyToken(value, profile, options.entropy)
    ? 'high'
    : 'medium';
}

function getEntropyFindings(
  text: string,
  name: string | undefined,
  options: CompiledScanOptions,
): SecretFinding[] {
  const { entropy, entropyExclusions } = options;
  const minLength = Math.min(entropy.base64MinLength, entropy.hexMinLength);
  if (text.length < minLength) {
    return [];
  }

  const findings: SecretFinding[] = [];
  for (const [start, end] of getTokenWords(text, minLength)) {
    const word = text.slice(start, end);
    const profile = profileCharacters(word);
    if (
      !isHighEntropyToken(word, profile, entropy) ||
      getEntropyExclusion(word, text, name, entropyExclusions) !== undefined
    ) {
      continue;
    }
    findings.push({
      kind: 'entropy',
      id: 'high-entropy',
      title: profile.charset === 'hex' ? 'random hex string' : 'random string',
      confidence: 'medium',
      start,
      end,
      masked: maskSecret(word),
    });
  }
  return findings;
}

// A run of token characters (`[A-Za-z0-9+/=_.-]`), found natively; a run
// starts only where the previous character is not one.
const TOKEN_WORD_PATTERN = /(?<![\w+./=-])[\w+./=-]{8,}/gu;

/**
 * The spans of the runs of token characters of at least `minLength`
 * characters and at most `MAX_ENTROPY_WORD` that hold a digit, without
 * the punctuation that ends a sentence or starts a path. Random keys of
 * that length all hold digits; words and names mostly do not.
 */
function getTokenWords(
  text: string,
  minLength: number,
): (readonly [number, number])[] {
  const words: (readonly [number, number])[] = [];
  TOKEN_WORD_PATTERN.lastIndex = 0;
  for (
    let match = TOKEN_WORD_PATTERN.exec(text);
    match;
    match = TOKEN_WORD_PATTERN.exec(text)
  ) {
    let start = match.index;
    let end = start + match[0].length;
    while (start < end && isEdgePunctuation(text.charCodeAt(start))) {
      start++;
    }
    while (end > start && isEdgePunctuation(text.charCodeAt(end - 1))) {
      end--;
    }
    const length = end - start;
    if (
      length >= minLength &&
      length <= MAX_ENTROPY_WORD &&
      /\d/u.test(match[0])
    ) {
      words.push([start, end]);
    }
  }
  return words;
}

// `.`, `-` and `/` at the edges of a word (`./path`, `end.`).
function isEdgePunctuation(code: number): boolean {
  return code === 46 || code === 45 || code === 47;
}

// Keeps the first of overlapping findings; providers are added first.
function addFinding(findings: SecretFinding[], finding: SecretFinding): void {
  const overlaps = findings.some(
    other => finding.start < other.end && other.start < finding.end,
  );
  if (!overlaps) {
    findings.push(finding);
  }
}

function isIgnoredValue(
  text: string,
  finding: SecretFinding,
  options: CompiledScanOptions,
): boolean {
  const secret = text.slice(finding.start, finding.end);
  return (
    matchesAny(options.ignoredValues, secret) ||
    matchesAny(options.ignoredValues, text)
  );
}

function matchesAny(patterns: readonly RegExp[], text: string): boolean {
  return patterns.some(pattern => {
    pattern.lastIndex = 0;
    return pattern.test(text);
  });
}
