const MAX_MENTION_LENGTH = 40;

/**
 * Quotes code for a message: `` `getSecret("X")` ``. Long code is cut in the
 * middle so that a message stays one readable line. Only for code that is
 * not secret; secret values go through `maskSecret`.
 */
export function mention(code: string): string {
  const oneLine = code.replace(/\s+/gu, ' ');
  if (oneLine.length <= MAX_MENTION_LENGTH) {
    return `\`${oneLine}\``;
  }

  const half = Math.floor((MAX_MENTION_LENGTH - 1) / 2);
  return `\`${oneLine.slice(0, half)}…${oneLine.slice(-half)}\``;
}
