/** How sure a finding is: a checksum or fixed format, a shape, a guess. */
export type Confidence = 'high' | 'low' | 'medium';

/** One token format of one provider. */
export interface ProviderDefinition {
  /** Stable kebab-case id, used to turn the format off (`github-pat`). */
  id: string;
  /** Names the token in messages (`GitHub personal access token`). */
  title: string;
  /**
   * Case-sensitive literal text that every token of this format contains
   * (`ghp_`); the prefilter runs the pattern only on strings that hold one.
   * Empty for formats without one, which `nameWords` gate instead.
   */
  keywords: readonly string[];
  /**
   * Only for strings bound to a name holding one of these lower-case words
   * (`datadog`), for formats with no literal part of their own; the
   * pattern must then match the whole string.
   */
  nameWords?: readonly string[];
  /**
   * A global, linear-time pattern whose whole match is the token; token
   * boundaries are look-arounds so that the match holds nothing else.
   */
  pattern: RegExp;
  /** Removes matches the format rules out (checksum, decoded header). */
  validate?: (token: string) => boolean;
  /** `high` unless the shape alone could be something else. */
  confidence?: Confidence;
  /**
   * Where a token runs on past the match, such as a PEM body; `undefined`
   * rejects the match (a key header with no key after it).
   */
  getEnd?: (text: string, matchEnd: number) => number | undefined;
}
