/** Makes a value safe to log: keeps its length, hides its content. */
export function redact(value: string): string {
  return `[redacted ${value.length} chars]`;
}
