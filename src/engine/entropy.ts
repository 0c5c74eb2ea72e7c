/** The alphabet a token-shaped string is written in. */
export type TokenCharset = 'base64' | 'hex';

/** What one pass over a string learns about its characters. */
export interface CharacterProfile {
  /** Shannon entropy, in bits per character. */
  entropy: number;
  charset: TokenCharset;
  hasDigit: boolean;
  hasLower: boolean;
  hasUpper: boolean;
  /** Characters outside `[A-Za-z0-9+/=_.-]`, spaces included. */
  hasOther: boolean;
  /** The longest run of letters of one case (`Identifier` has 9). */
  longestLetterRun: number;
}

/** Entropy thresholds for strings that no name marks as secret. */
export interface EntropyThresholds {
  base64Threshold: number;
  base64MinLength: number;
  hexThreshold: number;
  hexMinLength: number;
}

// Reused between calls; the engine is single-threaded.
const counts = new Int32Array(128);

/** Shannon entropy of `text` in bits per character. */
export function getShannonEntropy(text: string): number {
  return profileCharacters(text).entropy;
}

/** Entropy and character classes of `text`, in one pass. */
export function profileCharacters(text: string): CharacterProfile {
  counts.fill(0);
  let other = 0;
  let hasDigit = false;
  let hasLower = false;
  let hasUpper = false;
  let isHex = true;
  let letterRun = 0;
  let longestLetterRun = 0;
  let previousCase = 0;

  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code < 128) {
      counts[code] = (counts[code] ?? 0) + 1;
    } else {
      other++;
    }

    // 1: lower-case letter, 2: upper-case letter, 0: anything else.
    let letterCase = 0;
    if (code >= 97 && code <= 122) {
      hasLower = true;
      letterCase = 1;
      isHex &&= code <= 102;
    } else if (code >= 65 && code <= 90) {
      hasUpper = true;
      letterCase = 2;
      isHex &&= code <= 70;
    } else if (code >= 48 && code <= 57) {
      hasDigit = true;
    } else {
      isHex = false;
    }

    letterRun =
      letterCase !== 0 && letterCase === previousCase ? letterRun + 1 : 1;
    if (letterCase !== 0 && letterRun > longestLetterRun) {
      longestLetterRun = letterRun;
    }
    previousCase = letterCase;
  }

  let entropy = 0;
  const length = text.length;
  let hasOther = other > 0;
  for (let code = 0; code < 128; code++) {
    const count = counts[code] ?? 0;
    if (count === 0) {
      continue;
    }
    const probability = count / length;
    entropy -= probability * Math.log2(probability);
    hasOther ||= !isTokenCharCode(code);
  }
  // Non-ASCII characters count as one symbol; they rarely occur in tokens.
  if (other > 0) {
    const probability = other / length;
    entropy -= probability * Math.log2(probability);
  }

  // Mixed-case hex is not a hex encoding anyone uses.
  const charset: TokenCharset =
    isHex && !(hasLower && hasUpper) ? 'hex' : 'base64';
  return {
    entropy,
    charset,
    hasDigit,
    hasLower,
    hasUpper,
    hasOther,
    longestLetterRun,
  };
}

/**
 * Whether a token-shaped string is random enough to be a secret on its own:
 * hex needs `hexThreshold` bits per character and `hexMinLength`
 * characters; anything else base64-like needs the base64 pair and letters
 * of both cases and a digit, as random keys have and identifiers rarely do.
 */
export function isHighEntropyToken(
  text: string,
  profile: CharacterProfile,
  thresholds: EntropyThresholds,
): boolean {
  if (profile.hasOther) {
    return false;
  }

  if (profile.charset === 'hex') {
    return (
      text.length >= thresholds.hexMinLength &&
      profile.entropy >= thresholds.hexThreshold
    );
  }

  return (
    text.length >= thresholds.base64MinLength &&
    profile.entropy >= thresholds.base64Threshold &&
    profile.hasDigit &&
    profile.hasLower &&
    profile.hasUpper &&
    !isWordy(text, profile)
  );
}

// Random base62 text seldom has a run of more than 7 letters of one case;
// camel-case names and sentences joined by separators do.
function isWordy(text: string, profile: CharacterProfile): boolean {
  return (
    profile.longestLetterRun >= Math.max(8, text.length / 4) || isPathLike(text)
  );
}

// `//github.com/org/repo/tree/main/UPGRADE-3.0.md`: segments that read as
// words, where random base64 has short mixed-case ones.
function isPathLike(text: string): boolean {
  const segments = text.split('/').filter(segment => segment !== '');
  if (segments.length < 2) {
    return false;
  }
  const wordy = segments.filter(
    segment =>
      /[A-Za-z]{4}/u.test(segment) &&
      profileCharacters(segment).longestLetterRun >= 4,
  );
  return wordy.length >= segments.length * 0.75;
}

// `[A-Za-z0-9+/=_.-]`
function isTokenCharCode(code: number): boolean {
  return (
    (code >= 48 && code <= 57) ||
    (code >= 65 && code <= 90) ||
    (code >= 97 && code <= 122) ||
    code === 43 ||
    code === 47 ||
    code === 61 ||
    code === 95 ||
    code === 46 ||
    code === 45
  );
}
