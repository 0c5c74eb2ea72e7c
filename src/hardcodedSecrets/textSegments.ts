/**
 * A piece of scanned text and where it came from in the source. A string's
 * value and its source text line up character for character unless the
 * string has escapes (`\n`, `\u0041`); then `exact` is false.
 */
export interface TextSegment {
  textStart: number;
  textEnd: number;
  sourceStart: number;
  exact: boolean;
}

/** The source range of the text span `[start, end)`, if it maps exactly. */
export function mapTextSpan(
  segments: readonly TextSegment[],
  start: number,
  end: number,
): readonly [number, number] | undefined {
  const segment = segments.find(
    candidate => candidate.textStart <= start && end <= candidate.textEnd,
  );
  if (!segment?.exact) {
    return undefined;
  }
  const offset = segment.sourceStart - segment.textStart;
  return [start + offset, end + offset];
}

/** One segment for a string whose value starts at `sourceStart`. */
export function createSingleSegment(
  value: string,
  sourceText: string,
  sourceStart: number,
): TextSegment[] {
  return [
    {
      textStart: 0,
      textEnd: value.length,
      sourceStart,
      exact: sourceText === value,
    },
  ];
}
