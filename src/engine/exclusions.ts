import { splitNameWords } from './names.js';
import { decodeJsonSegment } from './providers/validators.js';

/** Kinds of high-entropy strings that are not secrets; each can be off. */
export type EntropyExclusion =
  | 'certificate'
  | 'dataUri'
  | 'exampleKey'
  | 'hash'
  | 'minified'
  | 'moduleSpecifier'
  | 'publishableKey'
  | 'sri'
  | 'svgPath'
  | 'uuid';

export const ENTROPY_EXCLUSIONS: readonly EntropyExclusion[] = [
  'certificate',
  'dataUri',
  'exampleKey',
  'hash',
  'minified',
  'moduleSpecifier',
  'publishableKey',
  'sri',
  'svgPath',
  'uuid',
];

// Values copied from providers' documentation, kept in parts so that
// scanners do not take this file for a leak.
const DOCUMENTATION_EXAMPLE_KEYS = new Set([
  ['AKIAIOSFODNN7', 'EXAMPLE'].join(''),
  ['wJalrXUtnFEMI', 'K7MDENG', 'bPxRfiCYEXAMPLEKEY'].join('/'),
  ['sk_test_', '4eC39HqLyjWD', 'arjtT1zdp7dc'].join(''),
  ['sk_test_', 'BQokikJOvBiI', '2HlWgH4olfQ2'].join(''),
  ['whsec', '1234567890abcdefghijklmnopqrstuvwxyz'].join('_'),
]);

// Openings of base64 media: PNG, JPEG, GIF, SVG, XML, WebP, ICO, WOFF,
// WOFF2, OpenType, TrueType, PDF, ZIP, gzip, WebAssembly, BMP, TIFF, HTML.
const BASE64_MEDIA_PREFIXES = [
  'iVBORw0KGgo',
  '/9j/',
  'R0lGOD',
  'PHN2Zy',
  'PD94bWw',
  'UklGR',
  'AAABAA',
  'd09GR',
  'd09GMg',
  'T1RUTw',
  'AAEAAAA',
  'JVBERi0',
  'UEsDB',
  'H4sI',
  'AGFzbQ',
  'Qk0',
  'SUkq',
  'PCFET0NUWVBF',
  'PGh0bWw',
];

// Keys meant for browsers and apps: Stripe's and Razorpay's publishable
// keys, Mapbox's public tokens, Supabase's publishable keys, PostHog's
// project keys, New Relic's browser keys.
const PUBLISHABLE_KEY =
  /^(?:pk_(?:live|test)_|pk\.eyJ|sb_publishable_|phc_|NRJS-|rzp_(?:live|test)_)/u;

// Name words that mark a digest, whatever its encoding.
const HASH_NAME_WORDS = new Set([
  'checksum',
  'digest',
  'etag',
  'fingerprint',
  'hash',
  'integrity',
  'md5',
  'sha',
  'sha1',
  'sha256',
  'sha512',
]);

/**
 * A token made up for documentation or tests: runs of `x`, long runs of
 * one character, counting sequences (`abcdefghij`), or one of the
 * providers' published example keys.
 */
export function isDummyToken(token: string): boolean {
  if (/x{4}/iu.test(token) || isDocumentationExample(token)) {
    return true;
  }

  let sameRun = 1;
  let stepRun = 1;
  for (let index = 1; index < token.length; index++) {
    const code = token.charCodeAt(index);
    const previous = token.charCodeAt(index - 1);
    sameRun = code === previous ? sameRun + 1 : 1;
    stepRun = code === previous + 1 ? stepRun + 1 : 1;
    // `A` and `=` runs belong to real formats (X bearer tokens, padding).
    const isFillerRun = sameRun >= 8 && code !== 65 && code !== 61;
    if (isFillerRun || stepRun >= 10) {
      return true;
    }
  }
  return false;
}

/** AWS's `…EXAMPLE` keys, Stripe's documented test key, jwt.io's token. */
export function isDocumentationExample(token: string): boolean {
  return (
    token.includes('EXAMPLE') ||
    DOCUMENTATION_EXAMPLE_KEYS.has(token) ||
    isExampleJwt(token)
  );
}

// The token on jwt.io and in countless tutorials: `John Doe`, `1234567890`.
function isExampleJwt(token: string): boolean {
  if (!token.startsWith('eyJ')) {
    return false;
  }
  const payload = decodeJsonSegment(token.split('.')[1] ?? '');
  return payload?.name === 'John Doe' || payload?.sub === '1234567890';
}

/**
 * Which enabled exclusion, if any, clears a token-shaped `word` of the
 * string `text` (bound to `name`) from the entropy check.
 */
export function getEntropyExclusion(
  word: string,
  text: string,
  name: string | undefined,
  enabled: ReadonlySet<EntropyExclusion>,
): EntropyExclusion | undefined {
  const checks: readonly (readonly [EntropyExclusion, () => boolean])[] = [
    ['uuid', () => isUuid(word)],
    ['hash', () => isHashLike(word, name)],
    ['sri', () => isSubresourceIntegrity(word, name)],
    ['dataUri', () => isDataUriOrMedia(word, text)],
    ['certificate', () => isCertificateData(word, text)],
    ['svgPath', () => isSvgPath(text, name)],
    ['minified', () => isCodeLike(text)],
    ['moduleSpecifier', () => isModuleSpecifier(text)],
    ['exampleKey', () => isDummyToken(word)],
    ['publishableKey', () => PUBLISHABLE_KEY.test(word)],
  ];
  for (const [exclusion, check] of checks) {
    if (enabled.has(exclusion) && check()) {
      return exclusion;
    }
  }
  return undefined;
}

function isUuid(word: string): boolean {
  return /^[\da-f]{8}-[\da-f]{4}-[\da-f]{4}-[\da-f]{4}-[\da-f]{12}$/iu.test(
    word,
  );
}

// Hex of any length (git SHAs, MD5, SHA-2), `sha256:…` digests, and
// anything bound to a name such as `etag` or `checksum`.
function isHashLike(word: string, name: string | undefined): boolean {
  const digits = word.replace(/^(?:md5|sha\d{0,3})[:=~-]/iu, '');
  if (/^[\da-f]+$/u.test(digits) || /^[\dA-F]+$/u.test(digits)) {
    return true;
  }
  return (
    name !== undefined &&
    splitNameWords(name).some(nameWord => HASH_NAME_WORDS.has(nameWord))
  );
}

function isSubresourceIntegrity(
  word: string,
  name: string | undefined,
): boolean {
  return (
    /^sha(?:256|384|512)-[\d+/A-Za-z]+={0,2}$/u.test(word) ||
    (name !== undefined && /integrity/iu.test(name))
  );
}

function isDataUriOrMedia(word: string, text: string): boolean {
  return (
    /^data:/iu.test(text) ||
    text.includes(';base64,') ||
    BASE64_MEDIA_PREFIXES.some(prefix => word.startsWith(prefix))
  );
}

// Certificates and public keys are meant to be shared: the body of a
// `-----BEGIN CERTIFICATE-----` block, or DER (`MII…`) without a private
// key's opening.
function isCertificateData(word: string, text: string): boolean {
  return (
    (text.includes('-----BEGIN ') && !text.includes('PRIVATE KEY')) ||
    (word.startsWith('MII') && word.length >= 64)
  );
}

// `M12 2a10 10 0 1 0 0 20z`, or a string bound to `d` or `path`.
function isSvgPath(text: string, name: string | undefined): boolean {
  return (
    name === 'd' ||
    (/^M[\d\s+,.-]/iu.test(text) &&
      /^[\d\s+,.AaCcEeHhLlMmQqSsTtVvZz-]+$/u.test(text))
  );
}

// Minified or generated code: calls and blocks or arrows.
function isCodeLike(text: string): boolean {
  return (
    text.includes('(') &&
    text.includes(')') &&
    (text.includes('{') || text.includes(';') || text.includes('=>'))
  );
}

function isModuleSpecifier(text: string): boolean {
  return (
    /^(?:node|npm|jsr|bun):/u.test(text) ||
    (/^(?:@[\w.-]+\/)?[\da-z][\w.-]*(?:\/[\w.-]+)*$/u.test(text) &&
      !/[A-Z]/u.test(text))
  );
}
