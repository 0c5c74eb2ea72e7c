import { isRandomAfter, decodeBase64 } from './providers/validators.js';
import type { Confidence } from './providers/types.js';
import { classifyValue, isPasswordMarker } from './values.js';

/** A credential found by where it sits in a string, not by its shape. */
export interface StructureMatch {
  id: string;
  title: string;
  /** The span of the credential itself, such as the password of a URL. */
  start: number;
  end: number;
  confidence: Confidence;
  /** The literal is a marker (`user:password@`), not a credential. */
  isPlaceholder: boolean;
}

// `Password=…;` keys of ADO.NET, ODBC and JDBC connection strings, and
// query parameters that carry secrets. The first group takes any literal
// value; the second needs a random-looking one.
const PASSWORD_KEYS = new Set([
  'accountkey',
  'passwd',
  'password',
  'pwd',
  'sharedaccesskey',
]);

// A key of a `key=value` list: at the start, or after `;`, `&`, `?` or `,`.
const KEY_VALUE_PATTERN =
  /(?<=^|[&,;?][\t ]{0,8})(accountkey|sharedaccesskey|password|passwd|pwd|client_secret|clientsecret|api_key|apikey|access_token|auth_token|token|secret|sig)[\t ]*=[\t ]*([^\s"&';<>]*)/giu;

const STRUCTURE_HINT = /:\/\/|=|bearer|basic/iu;

const AUTHORIZATION_PATTERN =
  /(?<![\w-])(bearer|basic)[\t ]+([\w+./~-]{8,}=*)(?![\w+./~=-])/giu;

/**
 * Credentials in the structure of `text`: the password of a URL
 * (`postgres://admin:…@db`), of a connection string (`Password=…;`), a
 * secret query parameter (`?access_token=…`), an `Authorization` value
 * (`Bearer …`, `Basic …`).
 */
export function findStructuredCredentials(text: string): StructureMatch[] {
  const matches: StructureMatch[] = [];
  // One look for all three shapes; most strings have none.
  if (!STRUCTURE_HINT.test(text)) {
    return matches;
  }
  if (text.includes('://')) {
    findUrlPasswords(text, matches);
  }
  if (text.includes('=')) {
    findKeyValueSecrets(text, matches);
  }
  if (/bearer|basic/iu.test(text)) {
    findAuthorizationValues(text, matches);
  }
  return matches;
}

function findUrlPasswords(text: string, matches: StructureMatch[]): void {
  let from = 0;
  for (;;) {
    const separator = text.indexOf('://', from);
    if (separator === -1) {
      return;
    }
    from = separator + 3;

    let schemeStart = separator;
    while (schemeStart > 0 && isSchemeChar(text.charAt(schemeStart - 1))) {
      schemeStart--;
    }
    const scheme = text.slice(schemeStart, separator);
    if (!/^[A-Za-z]/u.test(scheme)) {
      continue;
    }

    let authorityEnd = from;
    while (
      authorityEnd < text.length &&
      !/[\s"#'/?\\`]/u.test(text.charAt(authorityEnd))
    ) {
      authorityEnd++;
    }
    // Searched inside the authority only: a search from its end back to
    // the start of the text would make a long text with many `://` and no
    // `@` quadratic.
    const authority = text.slice(from, authorityEnd);
    const atInAuthority = authority.lastIndexOf('@');
    const colonInAuthority = authority.indexOf(':');
    if (
      atInAuthority === -1 ||
      colonInAuthority === -1 ||
      colonInAuthority > atInAuthority
    ) {
      continue;
    }
    const at = from + atInAuthority;
    const colon = from + colonInAuthority;

    const password = text.slice(colon + 1, at);
    const kind = getPasswordKind(password);
    if (kind !== undefined) {
      matches.push({
        id: 'url-password',
        title: `password in a \`${scheme.toLowerCase()}\` URL`,
        start: colon + 1,
        end: at,
        confidence: 'high',
        isPlaceholder: kind === 'placeholder',
      });
    }
  }
}

function findKeyValueSecrets(text: string, matches: StructureMatch[]): void {
  KEY_VALUE_PATTERN.lastIndex = 0;
  for (const match of text.matchAll(KEY_VALUE_PATTERN)) {
    const keyText = getGroup(match, 1);
    const key = keyText.toLowerCase();
    const value = getGroup(match, 2);
    const end = match.index + match[0].length;
    const start = end - value.length;

    if (PASSWORD_KEYS.has(key)) {
      const kind = getPasswordKind(value);
      if (kind !== undefined) {
        matches.push({
          id: 'connection-string-password',
          title: `\`${keyText}\` in a connection string`,
          start,
          end,
          confidence: 'high',
          isPlaceholder: kind === 'placeholder',
        });
      }
      continue;
    }

    // Azure SAS signatures only count in a SAS (`sv=…&sig=…`).
    if (key === 'sig' && !/[&?]sv=/u.test(text)) {
      continue;
    }
    if (isSecretLooking(value)) {
      matches.push({
        id: 'query-parameter-secret',
        title: `\`${keyText}\` parameter`,
        start,
        end,
        confidence: 'medium',
        isPlaceholder: false,
      });
    }
  }
}

function findAuthorizationValues(
  text: string,
  matches: StructureMatch[],
): void {
  AUTHORIZATION_PATTERN.lastIndex = 0;
  for (const match of text.matchAll(AUTHORIZATION_PATTERN)) {
    const scheme = getGroup(match, 1).toLowerCase();
    const value = getGroup(match, 2);
    const end = match.index + match[0].length;
    const start = end - value.length;

    if (
      scheme === 'basic' ? isBasicCredential(value) : isSecretLooking(value)
    ) {
      matches.push({
        id: scheme === 'basic' ? 'authorization-basic' : 'authorization-bearer',
        title:
          scheme === 'basic'
            ? '`Basic` authorization credentials'
            : '`Bearer` authorization token',
        start,
        end,
        confidence: 'high',
        isPlaceholder: false,
      });
    }
  }
}

/**
 * Whether a password written into a URL or connection string is a literal
 * (`value`), a marker (`placeholder`: `password`, `<pass>`, `xxx`), or
 * nothing to report (empty, `${PASS}`, `%s`, `****`).
 */
function getPasswordKind(
  password: string,
): 'placeholder' | 'value' | undefined {
  const verdict = classifyValue(password);
  if (
    verdict === 'empty' ||
    verdict === 'reference' ||
    verdict === 'masked' ||
    verdict === 'env-name'
  ) {
    return undefined;
  }

  // `user:pass@`, `username:password@`: a template for a URL.
  return verdict === 'placeholder' || isPasswordMarker(password)
    ? 'placeholder'
    : 'value';
}

// Tokens and signatures: long and random, not `true` or a variable name.
function isSecretLooking(value: string): boolean {
  return (
    value.length >= 16 &&
    isRandomAfter(value, 0) &&
    classifyValue(value) === 'value'
  );
}

// `Basic dXNlcjpwYXNz` decodes to `user:pass`.
function isBasicCredential(value: string): boolean {
  const decoded = decodeBase64(value);
  if (decoded === undefined || !/^[\u0020-\u007e]+$/u.test(decoded)) {
    return false;
  }

  const colon = decoded.indexOf(':');
  if (colon <= 0) {
    return false;
  }
  const password = decoded.slice(colon + 1);
  return password !== '' && !isPasswordMarker(password);
}

function isSchemeChar(char: string): boolean {
  return /[\d+.A-Za-z-]/u.test(char);
}

// A capture group that did not take part in the match is `undefined`.
function getGroup(
  match: RegExpExecArray | RegExpMatchArray,
  index: number,
): string {
  return match.at(index) ?? '';
}
