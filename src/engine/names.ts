/**
 * The secret-name matcher shared by every rule: does an identifier, a property
 * key or an environment variable name say that it holds a secret?
 *
 * A name is split into lower-case words (`dbPassword`, `DB_PASSWORD`,
 * `db-password` all give `db password`). Words that only describe the
 * encoding of a value (`Value`, `B64`, trailing digits) are dropped from the
 * end, and then the last word, the head noun, decides: `passwordLabel` is a
 * label, `tokenCount` a count, `stripeSecretKey` a key qualified by `secret`.
 */

export interface NameMatcherOptions {
  /** Extra patterns that mark a name as secret. */
  secretNames?: readonly RegExp[];
  /** Patterns that clear a name; they win over everything else. */
  notSecretNames?: readonly RegExp[];
}

export interface NameMatcher {
  isSecretName: (name: string) => boolean;
}

// Heads that are secret on their own: `password`, `dbPassword`, `JWT_SECRET`.
const SECRET_HEADS = new Set([
  'apikey',
  'apikeys',
  'apisecret',
  'apitoken',
  'accesskey',
  'accesstoken',
  'auth',
  'authorization',
  'authtoken',
  'bearer',
  'clientsecret',
  'cookie',
  'cookies',
  'cred',
  'creds',
  'credential',
  'credentials',
  'dsn',
  'mnemonic',
  'pass',
  'passcode',
  'passphrase',
  'passwd',
  'password',
  'passwords',
  'privatekey',
  'pwd',
  'refreshtoken',
  'secret',
  'secretkey',
  'secrets',
  'sessionkey',
  'signingkey',
  'token',
]);

// Heads that are secret only with a qualifier before them: `accessTokens`
// and `GH_PAT` are, while a lexer's `tokens` and a bare `pat` are not.
const QUALIFIED_SECRET_HEADS = new Set(['pat', 'tokens']);

// `key`, `keys`, `url` and friends are secret only after one of these words:
// `apiKey`, `AWS_SECRET_ACCESS_KEY`, `DATABASE_URL`.
const SECRET_COMPOUNDS = new Map<string, ReadonlySet<string>>([
  [
    'key',
    new Set([
      'access',
      'account',
      'api',
      'app',
      'auth',
      'client',
      'encrypt',
      'encryption',
      'hmac',
      'license',
      'master',
      'private',
      'secret',
      'session',
      'shared',
      'signing',
      'subscription',
    ]),
  ],
  ['phrase', new Set(['pass', 'seed', 'recovery'])],
  ['string', new Set(['connection', 'conn'])],
  ['str', new Set(['connection', 'conn'])],
  [
    'url',
    new Set([
      'amqp',
      'database',
      'db',
      'mongo',
      'mongodb',
      'mysql',
      'postgres',
      'postgresql',
      'pg',
      'rabbitmq',
      'redis',
      'webhook',
    ]),
  ],
]);
SECRET_COMPOUNDS.set('keys', nullThrowsSet(SECRET_COMPOUNDS.get('key')));
SECRET_COMPOUNDS.set('uri', nullThrowsSet(SECRET_COMPOUNDS.get('url')));

// Trailing words about a value's form, not its meaning: `tokenValue`,
// `passwordB64`, `password_confirmation`, `privateKeyPem`.
const VALUE_FORM_WORDS = new Set([
  'b64',
  'base64',
  'buf',
  'buffer',
  'bytes',
  'confirm',
  'confirmation',
  'decoded',
  'encoded',
  'hex',
  'pem',
  'plain',
  'plaintext',
  'raw',
  'str',
  'string',
  'val',
  'value',
]);

// First words that make the whole name about something else: a flag
// (`isTokenValid`), a bound (`maxTokens`), an action (`showPassword`), a
// pagination cursor (`nextPageToken`), a cancellation handle (`cancelToken`),
// a list of what is accepted (`supportedAuth`, `allowedTokens`).
const CLEARING_FIRST_WORDS = new Set([
  'allowed',
  'can',
  'cancel',
  'cancellation',
  'check',
  'count',
  'has',
  'hide',
  'is',
  'max',
  'min',
  'next',
  'num',
  'on',
  'page',
  'prev',
  'previous',
  'should',
  'show',
  'supported',
  'toggle',
  'total',
  'use',
  'validate',
]);

// Every secret head and compound above holds one of these: a name with
// none of them is not secret, whatever its words.
const SECRET_WORD_HINT =
  /auth|bearer|cookie|cred|dsn|key|mnemonic|pass|pat|phrase|pwd|secret|str|token|ur[il]/iu;

/** Splits `dbPassword`, `DB_PASSWORD`, `XMLHttpToken2` into lower-case words. */
export function splitNameWords(name: string): string[] {
  const words: string[] = [];
  // One pass over the characters; a word ends at a separator, at a
  // lower-to-upper step (`dbP`), before the last capital of a capital run
  // followed by a lower-case letter (`XMLHttp`), and at letter/digit steps.
  let current = '';
  for (let index = 0; index < name.length; index++) {
    const char = name.charAt(index);
    const kind = getCharKind(char);
    if (kind === 'other') {
      pushWord(words, current);
      current = '';
      continue;
    }

    const previousKind = current === '' ? 'other' : getCharKind(current.at(-1));
    const nextKind = getCharKind(name.charAt(index + 1));
    // Digits stay with the letters before them (`b64`, `oauth2`); a word
    // does start after digits (`s3Key`).
    const startsWord =
      (kind === 'upper' && previousKind === 'lower') ||
      (kind === 'upper' && previousKind === 'upper' && nextKind === 'lower') ||
      (kind !== 'digit' && previousKind === 'digit');
    if (startsWord && current !== '') {
      pushWord(words, current);
      current = '';
    }
    current += char;
  }
  pushWord(words, current);
  return words;
}

// Answers kept per matcher. A matcher lives as long as the lint run, and a
// large project has far more distinct names than any one file; past this
// many the cache starts over, so that memory stays flat however long the run.
const MAX_CACHED_NAMES = 8192;

/** Creates a matcher that caches its answers; names repeat a lot in a file. */
export function createNameMatcher(
  options: NameMatcherOptions = {},
): NameMatcher {
  const { secretNames = [], notSecretNames = [] } = options;
  const cache = new Map<string, boolean>();

  const isSecretName = (name: string): boolean => {
    const cached = cache.get(name);
    if (cached !== undefined) {
      return cached;
    }

    const answer = decideName(name, secretNames, notSecretNames);
    if (cache.size >= MAX_CACHED_NAMES) {
      cache.clear();
    }
    cache.set(name, answer);
    return answer;
  };

  return { isSecretName };
}

/** The matcher with only the built-in vocabulary. */
export const defaultNameMatcher: NameMatcher = createNameMatcher();

function decideName(
  name: string,
  secretNames: readonly RegExp[],
  notSecretNames: readonly RegExp[],
): boolean {
  if (notSecretNames.some(pattern => testPattern(pattern, name))) {
    return false;
  }

  if (secretNames.some(pattern => testPattern(pattern, name))) {
    return true;
  }

  // `PWD` is the shell's working directory, not a password. Most names
  // hold no part of any secret word and need no splitting.
  if (name === 'PWD' || !SECRET_WORD_HINT.test(name)) {
    return false;
  }

  return isSecretWordList(splitNameWords(name));
}

function isSecretWordList(allWords: readonly string[]): boolean {
  const words = dropValueFormWords(allWords.map(dropNumbering));
  const head = words.at(-1);
  if (head === undefined) {
    return false;
  }

  if (words.length > 1 && CLEARING_FIRST_WORDS.has(words[0] ?? '')) {
    return false;
  }

  const qualifier = words.at(-2);
  if (SECRET_HEADS.has(head)) {
    return true;
  }

  if (QUALIFIED_SECRET_HEADS.has(head)) {
    return qualifier !== undefined;
  }

  if (qualifier !== undefined && SECRET_COMPOUNDS.get(head)?.has(qualifier)) {
    return true;
  }

  // One-word spellings such as `PGPASSWORD` or `adminsecret`.
  return words.length === 1 && /(?:passwd|password|secret)$/u.test(head);
}

// `password2` and `token_1` are numbered copies; `b64` and `sha256` keep
// their digits.
function dropNumbering(word: string): string {
  if (VALUE_FORM_WORDS.has(word)) {
    return word;
  }
  const letters = word.replace(/(?<!\d)\d+$/u, '');
  return letters === '' ? word : letters;
}

function dropValueFormWords(words: readonly string[]): readonly string[] {
  let end = words.length;
  // Keep a compound such as `connection string` whole.
  while (end > 1) {
    const word = words[end - 1] ?? '';
    const isDigits = /^\d+$/u.test(word);
    const isFormWord =
      VALUE_FORM_WORDS.has(word) &&
      !SECRET_COMPOUNDS.get(word)?.has(words[end - 2] ?? '');
    if (!isDigits && !isFormWord) {
      break;
    }
    end--;
  }
  return end === words.length ? words : words.slice(0, end);
}

type CharKind = 'digit' | 'lower' | 'other' | 'upper';

function getCharKind(char: string | undefined): CharKind {
  if (char === undefined || char === '') {
    return 'other';
  }
  if (char >= 'a' && char <= 'z') {
    return 'lower';
  }
  if (char >= 'A' && char <= 'Z') {
    return 'upper';
  }
  if (char >= '0' && char <= '9') {
    return 'digit';
  }
  return 'other';
}

function pushWord(words: string[], word: string): void {
  if (word !== '') {
    words.push(word.toLowerCase());
  }
}

function testPattern(pattern: RegExp, name: string): boolean {
  // A global or sticky pattern keeps `lastIndex` between calls.
  pattern.lastIndex = 0;
  return pattern.test(name);
}

function nullThrowsSet(
  set: ReadonlySet<string> | undefined,
): ReadonlySet<string> {
  if (set === undefined) {
    throw new Error('secret compound table is missing an entry');
  }
  return set;
}
