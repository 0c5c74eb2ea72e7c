const ELLIPSIS = '…';

// Never show more than this many characters of either end.
const MAX_VISIBLE_PER_END = 4;

/**
 * Masks a secret for a lint message: `AKIA…MPLE`. Lint output lands in CI
 * logs, so at most a quarter of the value, and never more than four
 * characters of each end, is shown; values under four characters show none.
 */
export function maskSecret(value: string): string {
  const visible = Math.min(MAX_VISIBLE_PER_END, Math.floor(value.length / 4));
  if (visible === 0) {
    return ELLIPSIS;
  }

  const head = toPrintable(value.slice(0, visible));
  const tail = toPrintable(value.slice(-visible));
  return `${head}${ELLIPSIS}${tail}`;
}

// A newline or control character inside a message would break the reporter's
// layout; show it as a middle dot instead.
function toPrintable(text: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are what it replaces
  return text.replace(/[\u0000-\u001f\u007f]/gu, '·');
}
