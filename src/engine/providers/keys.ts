import type { ProviderDefinition } from './types.js';
import { isJsonWebToken, randomAfter } from './validators.js';

// A key header alone (`'-----BEGIN RSA PRIVATE KEY-----'` in a parser) is
// no key; a block needs this many base64 characters of body.
const MIN_PEM_BODY = 40;

// Between a header and its body: blanks, escaped newlines in a string
// (`\n`), the `*` of a block comment, string concatenation quotes.
const PEM_SEPARATOR = /[\s"'*+\\`]/u;

/**
 * The end of a PEM block whose header ends at `headerEnd`: after its
 * `-----END …-----` line, or after its body when the block is cut short;
 * `undefined` when no body follows the header.
 */
export function getPemBlockEnd(
  text: string,
  headerEnd: number,
): number | undefined {
  let index = skipPemHeaders(text, headerEnd);
  let bodyLength = 0;
  let bodyEnd = index;
  while (index < text.length) {
    const char = text.charAt(index);
    if (isBase64Char(char)) {
      bodyLength++;
      bodyEnd = index + 1;
    } else if (char === '\\' && /[nr]/u.test(text.charAt(index + 1))) {
      index++;
    } else if (!PEM_SEPARATOR.test(char)) {
      break;
    }
    index++;
  }

  if (bodyLength < MIN_PEM_BODY) {
    return undefined;
  }

  const footer = /^-{4,5} ?END [ \dA-Z]{1,40}(?:KEY|BLOCK) ?-{4,5}/u.exec(
    text.slice(index, index + 80),
  );
  return footer ? index + footer[0].length : bodyEnd;
}

// `Proc-Type: 4,ENCRYPTED` and `DEK-Info: …` lines of encrypted PEM keys,
// and `Comment: "…"` lines of SSH2 keys.
function skipPemHeaders(text: string, start: number): number {
  const headers =
    /^(?:(?:\\[nr]|[\s"'*+`])*[A-Za-z-]{2,20}: [^\n\\]{1,120})*/u.exec(
      text.slice(start, start + 600),
    );
  return start + (headers?.[0].length ?? 0);
}

function isBase64Char(char: string): boolean {
  return /[\d+/=A-Za-z]/u.test(char);
}

// PuTTY key files name their private part on a `Private-Lines:` line.
function getPuttyKeyEnd(text: string, matchEnd: number): number | undefined {
  const index = text.indexOf('Private-Lines:', matchEnd);
  return index !== -1 && index - matchEnd < 3000 ? matchEnd : undefined;
}

/** Private key blocks, age keys and JSON Web Tokens. */
export const keyProviders: readonly ProviderDefinition[] = [
  {
    id: 'private-key-rsa',
    title: 'RSA private key',
    keywords: ['BEGIN RSA PRIVATE KEY'],
    pattern: /-----BEGIN RSA PRIVATE KEY-----/gu,
    getEnd: getPemBlockEnd,
  },
  {
    id: 'private-key-dsa',
    title: 'DSA private key',
    keywords: ['BEGIN DSA PRIVATE KEY'],
    pattern: /-----BEGIN DSA PRIVATE KEY-----/gu,
    getEnd: getPemBlockEnd,
  },
  {
    id: 'private-key-ec',
    title: 'EC private key',
    keywords: ['BEGIN EC PRIVATE KEY'],
    pattern: /-----BEGIN EC PRIVATE KEY-----/gu,
    getEnd: getPemBlockEnd,
  },
  {
    id: 'private-key-openssh',
    title: 'OpenSSH private key',
    keywords: ['BEGIN OPENSSH PRIVATE KEY'],
    pattern: /-----BEGIN OPENSSH PRIVATE KEY-----/gu,
    getEnd: getPemBlockEnd,
  },
  {
    id: 'private-key-pkcs8',
    title: 'PKCS #8 private key',
    keywords: ['BEGIN PRIVATE KEY'],
    pattern: /-----BEGIN PRIVATE KEY-----/gu,
    getEnd: getPemBlockEnd,
  },
  {
    id: 'private-key-encrypted',
    title: 'encrypted private key',
    keywords: ['BEGIN ENCRYPTED PRIVATE KEY'],
    pattern: /-----BEGIN ENCRYPTED PRIVATE KEY-----/gu,
    getEnd: getPemBlockEnd,
  },
  {
    id: 'private-key-pgp',
    title: 'PGP private key block',
    keywords: ['BEGIN PGP PRIVATE KEY BLOCK'],
    pattern: /-----BEGIN PGP PRIVATE KEY BLOCK-----/gu,
    getEnd: getPemBlockEnd,
  },
  {
    id: 'private-key-ssh2',
    title: 'SSH2 private key',
    keywords: ['BEGIN SSH2 ENCRYPTED PRIVATE KEY'],
    pattern: /---- BEGIN SSH2 ENCRYPTED PRIVATE KEY ----/gu,
    getEnd: getPemBlockEnd,
  },
  {
    id: 'private-key-putty',
    title: 'PuTTY private key',
    keywords: ['PuTTY-User-Key-File-'],
    pattern: /PuTTY-User-Key-File-[23]: [\w-]{3,40}/gu,
    getEnd: getPuttyKeyEnd,
  },
  {
    id: 'private-key-der',
    title: 'base64-encoded private key',
    // The DER openings of PKCS #8, PKCS #1 RSA and SEC 1 EC private keys.
    keywords: ['IBADAN', 'IBAAKC', 'MHcCAQEEI'],
    pattern:
      /(?<![\d+/A-Za-z])(?:MII[\d+/A-Za-z]{3}IBA(?:DAN|AKC)|MHcCAQEEI)[\d+/A-Za-z]{100,10000}={0,2}(?![\d+/=A-Za-z])/gu,
  },
  {
    id: 'age-secret-key',
    title: 'age secret key',
    keywords: ['AGE-SECRET-KEY-1'],
    pattern: /(?<![\w-])AGE-SECRET-KEY-1[02-9AC-HJ-NP-Z]{58}(?![\dA-Z])/gu,
    validate: randomAfter(16),
  },
  {
    id: 'jwt',
    title: 'JSON Web Token',
    keywords: ['eyJ'],
    pattern:
      /(?<![\w.-])eyJ[\w-]{8,2000}\.eyJ[\w-]{2,4000}\.[\w-]{0,2000}(?![\w.-])/gu,
    validate: isJsonWebToken,
  },
];
