import type { Random } from '../random.js';
import { type EvalCase, mark, snippet } from './labels.js';
import { TOKEN_FORMATS, type TokenFormat } from './tokens.js';

// Places where a token sits with no secret-sounding name around it: only
// its format can give it away.
const NEUTRAL_PLACES = [
  (value: ReturnType<typeof mark>) => snippet`
import { ApiClient } from './client';

export const client = new ApiClient(${value}, { retries: 3 });
`,
  (value: ReturnType<typeof mark>) => snippet`
export default {
  region: 'eu-west-1',
  value: ${value},
  timeoutMs: 5000,
};
`,
  (value: ReturnType<typeof mark>) => snippet`
export function configure(request: { set: (name: string, value: string) => void }): void {
  request.set('X-Custom', ${value});
}
`,
  (value: ReturnType<typeof mark>) => snippet`
export const defaults: readonly string[] = [
  ${value},
];
`,
];

/**
 * Two cases per token format: one under the name a developer would give it
 * (`const stripeSecretKey = "…"`), one where nothing but the value says
 * what it is.
 */
export function createProviderCases(random: Random): EvalCase[] {
  return TOKEN_FORMATS.flatMap((format, index) => [
    createNamedCase(format, random, index),
    createNeutralCase(format, random, index),
  ]);
}

function createNamedCase(
  format: TokenFormat,
  random: Random,
  index: number,
): EvalCase {
  const value = quoted(format, random, 0);
  const { code, labels } = snippet`
import { createClient } from './client';

const ${format.name} = ${value};

export const client = createClient(${format.name});
`;
  return {
    id: `provider-${String(index)}-named`,
    file: `providers/${slug(format.provider)}-named.ts`,
    code,
    kind: format.family,
    context: 'named',
    labels,
  };
}

function createNeutralCase(
  format: TokenFormat,
  random: Random,
  index: number,
): EvalCase {
  const place = NEUTRAL_PLACES[index % NEUTRAL_PLACES.length];
  const { code, labels } = place(quoted(format, random, 1));
  return {
    id: `provider-${String(index)}-neutral`,
    file: `providers/${slug(format.provider)}-neutral.ts`,
    code,
    kind: format.family,
    context: 'neutral',
    labels,
  };
}

function quoted(
  format: TokenFormat,
  random: Random,
  sample: number,
): ReturnType<typeof mark> {
  return mark(`'${format.build(random, sample)}'`, 'hardcoded', {
    family: format.family,
    provider: format.provider,
  });
}

/** `GitHub ghp_ token` → `github-ghp-token`. */
export function slug(text: string): string {
  return text
    .toLowerCase()
    .replaceAll(/[^\da-z]+/gu, '-')
    .replaceAll(/^-|-$/gu, '');
}
