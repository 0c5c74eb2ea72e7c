import { ALPHANUMERIC, BASE64, HEX, LOWER, type Random } from '../random.js';
import { type EvalCase, mark, snippet } from './labels.js';
import { pemLine } from './tokens.js';

interface Negative {
  id: string;
  /** The file name when not `negatives/<id>.ts` (JSX needs `.tsx`). */
  file?: string;
  kind: string;
  built: ReturnType<typeof snippet>;
}

/**
 * Realistic code that every tool must leave alone: placeholders, names of
 * environment variables, identifiers, hashes, URLs without credentials,
 * messages, public values. Where a case reads the environment, that read
 * is labeled for the environment rules and nothing else.
 */
export function createNegativeCases(random: Random): EvalCase[] {
  const uuid = (): string => formatUuid(random);
  const envRead = (text: string): ReturnType<typeof mark> =>
    mark(text, 'env-access', { family: 'environment read' });
  const x = (count: number): string => 'x'.repeat(count);

  const negatives: Negative[] = [
    {
      id: 'placeholder-your-key',
      kind: 'placeholder',
      built: snippet`
export const config = {
  apiKey: 'your-api-key-here',
  password: '<YOUR_PASSWORD>',
};
`,
    },
    {
      id: 'placeholder-x-run',
      kind: 'placeholder',
      built: snippet`
// Replace with the key from the dashboard.
export const stripeSecretKey = '${['sk', 'live', x(24)].join('_')}';
export const githubToken = '${['ghp', x(36)].join('_')}';
`,
    },
    {
      id: 'placeholder-empty-and-masked',
      kind: 'placeholder',
      built: snippet`
export const defaults = {
  password: '',
  token: '********',
  secret: '[REDACTED]',
};
`,
    },
    {
      id: 'placeholder-template-variable',
      kind: 'placeholder',
      built: snippet`
export const template = {
  DATABASE_PASSWORD: '\${DATABASE_PASSWORD}',
  apiToken: '{{ api_token }}',
};
`,
    },
    {
      id: 'env-name-accessor',
      kind: 'environment variable name',
      built: snippet`
import { getSecret } from './secrets';

export const stripeKey = getSecret('STRIPE_SECRET_KEY');
export const passwordVariable = 'DATABASE_PASSWORD';
`,
    },
    {
      id: 'env-name-list',
      kind: 'environment variable name',
      built: snippet`
export const REQUIRED_SECRETS = ['JWT_SECRET', 'GITHUB_TOKEN', 'AWS_SECRET_ACCESS_KEY'] as const;
`,
    },
    {
      id: 'uuid-ids',
      kind: 'UUID',
      built: snippet`
export const tenantId = '${uuid()}';
export const apiKeyId = '${uuid()}';
export const requestId = '${uuid()}';
`,
    },
    {
      id: 'git-sha',
      kind: 'hash or checksum',
      built: snippet`
export const build = {
  commit: '${random.string(HEX, 40)}',
  tokenizerVersion: '${random.string(HEX, 7)}',
};
`,
    },
    {
      id: 'sha256-checksum',
      kind: 'hash or checksum',
      built: snippet`
export const expectedSha256 = '${random.string(HEX, 64)}';
export const etag = '"${random.string(HEX, 32)}"';
`,
    },
    {
      id: 'sri-integrity',
      kind: 'hash or checksum',
      built: snippet`
export const script = {
  src: 'https://cdn.example.com/widget.js',
  integrity: 'sha384-${random.string(BASE64, 64)}',
  crossOrigin: 'anonymous',
};
`,
    },
    {
      id: 'urls-without-credentials',
      kind: 'URL without credentials',
      built: snippet`
export const endpoints = {
  tokens: 'https://api.example.com/v1/oauth/token',
  database: 'postgres://db.internal:5432/orders',
  cache: 'redis://cache.internal:6379/0',
  docs: 'https://docs.example.com/guides/api-keys#rotating-a-secret',
};
`,
    },
    {
      id: 'i18n-keys',
      kind: 'i18n key or message',
      built: snippet`
import { t } from './i18n';

export const labels = {
  passwordLabel: t('auth.password.label'),
  tokenExpired: 'Your session has expired, please sign in again.',
  secretHint: 'Keep this secret safe: it is shown only once.',
};
`,
    },
    {
      id: 'error-messages',
      kind: 'i18n key or message',
      built: snippet`
export function check(apiKey: string | undefined): string {
  if (apiKey === undefined) {
    throw new Error('Missing API key: set PAYMENTS_API_KEY in the environment');
  }
  return apiKey;
}
`,
    },
    {
      id: 'header-names',
      kind: 'header name',
      built: snippet`
export const AUTH_HEADER = 'Authorization';
export const apiKeyHeader = 'x-api-key';

export function withKey(headers: Record<string, string>, key: string): void {
  headers['x-api-key'] = key;
}
`,
    },
    {
      id: 'css-classes',
      kind: 'CSS class',
      built: snippet`
export const classes = {
  password: 'form-field form-field--password password-toggle',
  token: 'token-list__item token-list__item--active',
};
`,
    },
    {
      id: 'regular-expressions',
      kind: 'regular expression',
      built: snippet`
export const passwordPattern = /^(?=.*[A-Z])(?=.*\\d).{12,}$/u;
export const stripeKeyPattern = new RegExp('^sk_live_[0-9a-zA-Z]{24,}$', 'u');
`,
    },
    {
      id: 'enum-words',
      kind: 'enum-like word',
      built: snippet`
export const oauth = {
  grantType: 'client_credentials',
  tokenType: 'Bearer',
  responseType: 'token',
  authMethod: 'basic',
};
`,
    },
    {
      id: 'input-type',
      file: 'negatives/input-type.tsx',
      kind: 'enum-like word',
      built: snippet`
export function PasswordField() {
  return <input type="password" name="password" autoComplete="current-password" />;
}
`,
    },
    {
      id: 'data-uri',
      kind: 'data URI or SVG path',
      built: snippet`
export const logo = 'data:image/png;base64,${random.string(BASE64, 240)}==';
`,
    },
    {
      id: 'svg-path',
      kind: 'data URI or SVG path',
      built: snippet`
export const lockIcon =
  'M12 1C8.676 1 6 3.676 6 7v2H4v14h16V9h-2V7c0-3.324-2.676-6-6-6zm0 2c2.276 0 4 1.724 4 4v2H8V7c0-2.276 1.724-4 4-4z';
`,
    },
    {
      id: 'module-specifiers',
      kind: 'module specifier',
      built: snippet`
import { SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { sign } from 'jsonwebtoken';

export const clients = { SecretsManagerClient, sign };
`,
    },
    {
      id: 'aws-documentation-example',
      kind: 'documentation example key',
      built: snippet`
// The example credentials from AWS's documentation.
export const example = {
  accessKeyId: '${['AKIA', 'IOSFODNN7', 'EXAMPLE'].join('')}',
  secretAccessKey: '${['wJalrXUtnFEMI', 'K7MDENG', 'bPxRfiCYEXAMPLEKEY'].join('/')}',
};
`,
    },
    {
      id: 'stripe-publishable-key',
      kind: 'public by design',
      built: snippet`
import { loadStripe } from '@stripe/stripe-js';

// Publishable keys are meant to ship in browser code.
export const stripe = loadStripe('${['pk', 'live', random.string(ALPHANUMERIC, 24)].join('_')}');
`,
    },
    {
      id: 'public-key-block',
      kind: 'public by design',
      built: snippet`
export const verificationKey = \`${pemLine('BEGIN', 'PUBLIC KEY')}
${random.string(BASE64, 64)}
${random.string(BASE64, 64)}
${random.string(BASE64, 64)}
${pemLine('END', 'PUBLIC KEY')}\`;
`,
    },
    {
      id: 'generated-at-run-time',
      kind: 'value made at run time',
      built: snippet`
import { randomBytes } from 'node:crypto';
import bcrypt from 'bcrypt';
import { getSecret } from './secrets';

export const token = randomBytes(32).toString('hex');
export const apiKey = getSecret('API_KEY');

export async function store(input: string): Promise<{ password: string }> {
  return { password: await bcrypt.hash(input, 12) };
}
`,
    },
    {
      id: 'base64-plain-text',
      kind: 'encoded plain text',
      built: snippet`
export const greeting = Buffer.from('SGVsbG8sIHdvcmxkIQ==', 'base64').toString('utf8');
`,
    },
    {
      id: 'generated-identifiers',
      kind: 'generated identifier',
      built: snippet`
export class AddUserTokens1700000000000 {
  name = 'AddUserTokens1700000000000';

  up(): string {
    return 'ALTER TABLE "user_token" ADD CONSTRAINT "FK_${random.string(HEX, 27)}" FOREIGN KEY ("userId") REFERENCES "user"("id")';
  }
}
`,
    },
    {
      id: 'long-identifiers',
      kind: 'generated identifier',
      built: snippet`
export const operations = [
  'createPaymentIntentWithCustomerBalance',
  'retrieveSubscriptionScheduleForCustomer',
  'ListOrganizationMembershipInvitations',
];
export const supportEmail = 'billing-support@example.com';
`,
    },
    {
      id: 'log-safe-values',
      kind: 'safe logging',
      built: snippet`
import pino from 'pino';

const logger = pino();

export function signedIn(user: { id: string; password: string }, token: string): void {
  logger.info({ userId: user.id }, 'user signed in');
  console.log('token length', token.length);
}
`,
    },
    {
      id: 'log-hashed-secret',
      kind: 'safe logging',
      built: snippet`
import { createHash } from 'node:crypto';
import { getSecret } from './secrets';

const apiKey = getSecret('API_KEY');
console.info('key fingerprint', createHash('sha256').update(apiKey).digest('hex').slice(0, 8));
`,
    },
    {
      id: 'log-config-port',
      kind: 'safe logging',
      built: snippet`
import { getSecret } from './secrets';

const config = { port: 8080, apiKey: getSecret('API_KEY') };
console.log('listening on', config.port);
`,
    },
    {
      id: 'env-node-env',
      kind: 'allowed environment read',
      built: snippet`
export const isProduction = process.env.NODE_ENV === 'production';
`,
    },
    {
      id: 'env-shadowed',
      kind: 'not the environment',
      built: snippet`
export function run(process: { env: Record<string, string> }): string | undefined {
  return process.env.API_URL;
}

export const read = (config: { env: { region: string } }): string => config.env.region;
`,
    },
    {
      id: 'fallback-not-secret',
      kind: 'fallback for a non-secret',
      built: snippet`
export const port = Number(${envRead('process.env.PORT')} ?? '3000');
export const logLevel = ${envRead('process.env.LOG_LEVEL')} || 'info';
`,
    },
    {
      id: 'random-lowercase-words',
      kind: 'enum-like word',
      built: snippet`
export const slugs = ['${random.string(LOWER, 12)}', 'password-reset', 'api-keys', 'token-settings'];
`,
    },
  ];

  return negatives.map(negative => ({
    id: negative.id,
    file: negative.file ?? `negatives/${negative.id}.ts`,
    code: negative.built.code,
    kind: negative.kind,
    context: 'snippet',
    labels: negative.built.labels,
  }));
}

function formatUuid(random: Random): string {
  const hex = random.string(HEX, 32);
  return [
    hex.slice(0, 8),
    hex.slice(8, 12),
    `4${hex.slice(13, 16)}`,
    `a${hex.slice(17, 20)}`,
    hex.slice(20, 32),
  ].join('-');
}
