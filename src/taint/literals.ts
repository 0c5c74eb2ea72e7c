import { scanString } from '../engine/index.js';

/** The name a string is bound to, which tells the engine more about it. */
export interface LiteralBinding {
  name: string;
  isSecretName: boolean;
}

/** Where a secret sits in a string, and how a message may show it. */
export interface LiteralSecret {
  start: number;
  end: number;
  masked: string;
}

/**
 * The first secret that `no-hardcoded-secrets`' engine finds in `text`:
 * a provider token, a credential in a URL or header, a random-looking
 * string, or, for a string bound to a secret name (`password = "…"`), the
 * value itself. Placeholders (`changeme`) are not secrets.
 */
export function findHardcodedSecret(
  text: string,
  binding?: LiteralBinding,
): LiteralSecret | undefined {
  const findings = scanString(text, binding ?? {});
  const finding = findings.find(found => found.kind !== 'placeholder');
  return (
    finding && {
      start: finding.start,
      end: finding.end,
      masked: finding.masked,
    }
  );
}
