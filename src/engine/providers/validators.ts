import { hasBase62Crc32Checksum } from '../checksum.js';
import { profileCharacters } from '../entropy.js';

/** `ghp_…` and `npm_…`: the last six characters check the thirty before. */
export function hasPrefixedChecksum(token: string): boolean {
  return hasBase62Crc32Checksum(token, token.indexOf('_') + 1);
}

/**
 * Whether the part of a token after its `prefixLength` characters reads as
 * random: enough distinct characters, with digits or mixed case, as every
 * generated key has and words and identifiers do not.
 */
export function isRandomAfter(token: string, prefixLength: number): boolean {
  const body = token.slice(prefixLength);
  const profile = profileCharacters(body);
  const classes =
    Number(profile.hasDigit) +
    Number(profile.hasLower) +
    Number(profile.hasUpper);
  return (
    classes >= 2 && profile.entropy >= Math.min(3, Math.log2(body.length) - 0.5)
  );
}

/** A validator for `isRandomAfter` with a fixed prefix length. */
export function randomAfter(prefixLength: number): (token: string) => boolean {
  return token => isRandomAfter(token, prefixLength);
}

/** Decodes base64 or base64url text; `undefined` when it is not. */
export function decodeBase64(text: string): string | undefined {
  const standard = text.replaceAll('-', '+').replaceAll('_', '/');
  const padded = standard.padEnd(Math.ceil(standard.length / 4) * 4, '=');
  try {
    return atob(padded);
  } catch {
    return undefined;
  }
}

/** Parses base64url-encoded JSON into an object, or `undefined`. */
export function decodeJsonSegment(
  segment: string,
): Record<string, unknown> | undefined {
  const decoded = decodeBase64(segment);
  if (decoded === undefined) {
    return undefined;
  }
  try {
    const parsed: unknown = JSON.parse(decoded);
    return typeof parsed === 'object' && parsed !== null
      ? (parsed as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}

/**
 * A JSON Web Token: the header decodes to JSON naming its `alg`, and the
 * payload decodes to a JSON object. Supabase's `anon` keys are JWTs meant
 * for browsers and are left out.
 */
export function isJsonWebToken(token: string): boolean {
  const [header = '', payload = ''] = token.split('.');
  const decodedHeader = decodeJsonSegment(header);
  if (typeof decodedHeader?.alg !== 'string') {
    return false;
  }

  const decodedPayload = decodeJsonSegment(payload);
  if (decodedPayload === undefined) {
    return false;
  }
  return decodedPayload.role !== 'anon';
}
