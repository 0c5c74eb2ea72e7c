import { isDummyToken } from './exclusions.js';
import { splitNameWords } from './names.js';

/**
 * Stands for an interpolation (`${host}`) when the rule scans a template
 * literal as a whole; a value holding it is built at run time.
 */
export const TEMPLATE_PLACEHOLDER = '\u{E000}';

/** Why a string given to a secret name is not a value worth reporting. */
export type NonValueReason =
  | 'color'
  | 'data-uri'
  | 'email'
  | 'empty'
  | 'env-name'
  | 'identifier'
  | 'label'
  | 'markup'
  | 'masked'
  | 'module-specifier'
  | 'number-like'
  | 'path'
  | 'reference'
  | 'regex'
  | 'same-as-name'
  | 'too-short'
  | 'url';

/** What a string bound to a secret name holds. */
export type ValueVerdict = NonValueReason | 'placeholder' | 'value';

const MIN_VALUE_LENGTH = 4;

// References to a value kept elsewhere: `${DB_PASSWORD}`, `{{token}}`,
// `{0}`, `%s`, `%(password)s`, `$PASSWORD`, `:password`, `@password`, `?`,
// `process.env.X`, `arn:aws:secretsmanager:…`, `vault:secret/db`.
const REFERENCE_PATTERNS: readonly RegExp[] = [
  /^\$\{[^{}]*\}$/u,
  /^\{\{[^{}]*\}\}$/u,
  /^\{[\w.-]*\}$/u,
  /^%(?:\([\w.]+\))?[a-z]$/u,
  /^\$[A-Z_a-z]\w*$/u,
  /^[:@][A-Z_a-z]\w*$/u,
  /^\?$/u,
  /^<%[^%]*%>$/u,
  /^(?:process\.env|import\.meta\.env)\b/u,
  /^(?:arn|vault|ssm|secretsmanager|keyvault|op|env|file):/iu,
  /^projects\/[^/]+\/secrets\//u,
];

// Markers people write where a real value goes. Default credentials
// (`admin`, `secret`, `123456`) are weak values, not markers: they are
// reported as values where a name says a secret goes.
const PLACEHOLDER_WORDS = new Set([
  'bar',
  'baz',
  'changeit',
  'foo',
  'foobar',
  'keyboard cat',
  'qux',
  'test',
  'testing',
]);

const PLACEHOLDER_FRAGMENTS =
  /change[\s_-]?(?:me|it)|replace[\s_-]?(?:me|with)|insert[\s_-]|put[\s_-]?your|fill[\s_-]?in|todo|fixme|tbd|placeholder|dummy|fake|sample|example|your[\s_-]?(?:own[\s_-]?)?(?:api|app|auth|access|bot|client|db|database|private|secret|personal)?[\s_-]?(?:key|token|secret|password|pass|pwd)/iu;

const FILE_EXTENSION =
  /\.(?:asc|cer|cfg|cjs|conf|crt|css|der|env|gif|gpg|html?|ini|jks|jpe?g|js|json|key|keystore|md|mjs|p12|pem|pfx|png|pub|py|rb|sh|svg|toml|ts|txt|xml|ya?ml)$/iu;

/**
 * Sorts a string bound to a secret name: a value to report, a placeholder
 * (reported at lower confidence), or something that only names, points to
 * or describes a value, with the reason.
 */
export function classifyValue(value: string, name?: string): ValueVerdict {
  const trimmed = value.trim();
  if (trimmed === '') {
    return 'empty';
  }

  if (
    trimmed.includes(TEMPLATE_PLACEHOLDER) ||
    REFERENCE_PATTERNS.some(pattern => pattern.test(trimmed))
  ) {
    return 'reference';
  }

  if (isMasked(trimmed)) {
    return 'masked';
  }

  if (name !== undefined && normalize(trimmed) === normalize(name)) {
    return 'same-as-name';
  }

  // Strings that are plainly something else come before placeholders, so
  // that `https://example.com/hook` is a URL, not an `example` marker.
  const structure = getStructureReason(trimmed, name);
  if (structure !== undefined) {
    return structure;
  }

  if (isPlaceholder(trimmed)) {
    return 'placeholder';
  }

  if (trimmed.length < MIN_VALUE_LENGTH) {
    return 'too-short';
  }

  return getWordShapeReason(trimmed, name) ?? 'value';
}

// In a URL or a connection string, these words stand where the password
// goes: `postgres://user:password@localhost`.
const PASSWORD_MARKERS = new Set([
  'pass',
  'passwd',
  'password',
  'pwd',
  'secret',
]);

/** A password in a URL or credentials that only marks where one goes. */
export function isPasswordMarker(value: string): boolean {
  return PASSWORD_MARKERS.has(value.toLowerCase()) || isPlaceholder(value);
}

/** Markers such as `xxx`, `<your-key>`, `changeme`, `your_api_key`. */
export function isPlaceholder(value: string): boolean {
  const lower = value.toLowerCase();
  if (PLACEHOLDER_WORDS.has(lower) || isAnglePlaceholder(value)) {
    return true;
  }
  // With spaces, `your password` is a sentence, not a marker.
  if (/\s/u.test(value)) {
    return false;
  }
  return (
    /^x{3,}$/u.test(lower) ||
    /^\[[^[\]]{1,80}\]$/u.test(value) ||
    PLACEHOLDER_FRAGMENTS.test(value) ||
    isDummyToken(value)
  );
}

function isMasked(value: string): boolean {
  return (
    /^[#*.•·]{3,}$/u.test(value) ||
    value.includes('***') ||
    /redacted|hidden|removed/iu.test(value)
  );
}

// `apiKey`, `API_KEY` and `api-key` all give `apikey`.
function normalize(text: string): string {
  return text.toLowerCase().replace(/[^\da-z]/gu, '');
}

// `<your-api-key>`, `<password>`: a marker, unlike a tag with attributes.
function isAnglePlaceholder(value: string): boolean {
  return /^<[\w\s.-]{1,80}>$/u.test(value);
}

function getStructureReason(
  value: string,
  name: string | undefined,
): NonValueReason | undefined {
  if (/^[A-Z][\dA-Z]*(?:_[\dA-Z]+)+$/u.test(value)) {
    return 'env-name';
  }

  if (
    /^[a-z][\d+.a-z-]*:\/\//iu.test(value) ||
    /^(?:mailto|tel|urn):/iu.test(value)
  ) {
    return 'url';
  }

  if (/^data:/iu.test(value)) {
    return 'data-uri';
  }

  if (/^[^\s@]+@[\w-]+(?:\.[\w-]+)+$/u.test(value)) {
    return 'email';
  }

  if (isRegexSource(value)) {
    return 'regex';
  }

  if (!isAnglePlaceholder(value) && /<\/?[a-z][\w-]*[\s/>]/iu.test(value)) {
    return 'markup';
  }

  const hasSpace = /\s/u.test(value);
  if (
    hasSpace &&
    !isPassphraseName(name) &&
    !PLACEHOLDER_WORDS.has(value.toLowerCase()) &&
    !isAnglePlaceholder(value)
  ) {
    return 'label';
  }

  if (isPath(value)) {
    return 'path';
  }

  if (
    /^(?:node|npm|jsr|bun):/u.test(value) ||
    /^@[\w.-]+\/[\w.-]/u.test(value)
  ) {
    return 'module-specifier';
  }

  if (/^#(?:[\da-f]{3,4}|[\da-f]{6}|[\da-f]{8})$/iu.test(value)) {
    return 'color';
  }

  if (
    /^v?\d+(?:[.:/-]\d+)+$/u.test(value) ||
    /^\d+(?:\.\d+)?(?:ms|[dhmswy%]|kb|mb|gb|px|r?em)$/iu.test(value)
  ) {
    return 'number-like';
  }
  return undefined;
}

// Names and words, after placeholders had their turn: `Password:`,
// `errors.auth.invalidToken`, `current-password`.
function getWordShapeReason(
  value: string,
  name: string | undefined,
): NonValueReason | undefined {
  // `Password:`, `Loading…`, `Done!`, and text in other scripts.
  if (
    /[:…]$/u.test(value) ||
    /^[A-Za-z]+[!.?]$/u.test(value) ||
    /\P{ASCII}/u.test(value)
  ) {
    return 'label';
  }

  // i18n keys and host names: `errors.auth.invalidToken`, `api.example.com`.
  if (
    /^[A-Za-z][\w-]*(?:\.[A-Za-z][\w-]*)+$/u.test(value) &&
    !/\d/u.test(value)
  ) {
    return 'label';
  }

  if (!isIdentifier(value)) {
    return undefined;
  }
  // A password field holds words too (`opensesame`), though not type names
  // (`password: 'string'` in a schema).
  return isPasswordWord(value, name) ? undefined : 'identifier';
}

// Heads whose value is a password, not a mode or a kind.
const PASSWORD_HEADS = new Set([
  'passcode',
  'passphrase',
  'passwd',
  'password',
  'pwd',
]);

// Words that name a type, a rule or a mode in schemas and forms.
const SCHEMA_WORDS = new Set([
  'any',
  'array',
  'boolean',
  'char',
  'date',
  'email',
  'false',
  'hidden',
  'none',
  'null',
  'number',
  'object',
  'optional',
  'private',
  'public',
  'required',
  'string',
  'text',
  'true',
  'undefined',
  'unknown',
  'varchar',
]);

function isPasswordWord(value: string, name: string | undefined): boolean {
  if (
    name === undefined ||
    !/^[a-z]+$/u.test(value) ||
    SCHEMA_WORDS.has(value)
  ) {
    return false;
  }
  const words = splitNameWords(name);
  const head = words.at(-1) ?? '';
  // A bare `secret` (`{ secret: 'alpha' }`, `X-Secret`) is as often a
  // label as a key; `SESSION_SECRET` and `jwtSecret` name keys.
  const isQualifiedSecret =
    head === 'secret' && words.slice(0, -1).some(word => word.length > 1);
  return PASSWORD_HEADS.has(head) || isQualifiedSecret;
}

// `current-password`, `apiKey`, `X-Api-Key`, `Bearer`, `include`: letters
// and separators in words of three letters or more, as names are written.
// Random letters (`XkQpLmZw`) switch case every character or two and stay
// values.
function isIdentifier(value: string): boolean {
  // A leading `--` makes a command-line flag: `--require`.
  if (!/^-{0,2}[A-Za-z]+(?:[-_.:/][A-Za-z]+)*$/u.test(value)) {
    return false;
  }

  const humps = splitNameWords(value);
  const words = humps.filter(hump => hump.length >= 3);
  return words.length > 0 && words.length * 2 >= humps.length;
}

function isPassphraseName(name: string | undefined): boolean {
  if (name === undefined) {
    return false;
  }
  const words = splitNameWords(name);
  return words.some(word =>
    ['mnemonic', 'passphrase', 'phrase', 'seed'].includes(word),
  );
}

function isRegexSource(value: string): boolean {
  if (/^\^.*\$$/u.test(value)) {
    return true;
  }
  return /\\[bdswBDSW]|\(\?[!:<=]|\[\^|\.[*+]|[)\]][*+?]|\]\{\d/u.test(value);
}

function isPath(value: string): boolean {
  if (/^(?:~|\.{1,2})?[/\\]/u.test(value) || /^[A-Za-z]:[/\\]/u.test(value)) {
    return true;
  }

  if (FILE_EXTENSION.test(value) && /^[\w./@~-]+$/u.test(value)) {
    return true;
  }

  // `config/keys`, `application/json`: every segment a word or a number.
  const segments = value.split('/');
  return (
    segments.length > 1 &&
    segments.every(
      segment =>
        segment === '' ||
        isIdentifier(segment) ||
        /^\d+$/u.test(segment) ||
        /^[\w-]+\.[a-z]{1,5}$/u.test(segment),
    )
  );
}
