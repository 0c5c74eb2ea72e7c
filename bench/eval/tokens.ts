import { crc32 } from 'node:zlib';

import {
  ALPHANUMERIC,
  BASE64,
  BASE64URL,
  DIGITS,
  HEX,
  LOWER,
  type Random,
  UPPER,
} from '../random.js';

/**
 * Credential formats written from each provider's own documentation, not
 * from this plugin's engine: the evaluation must not grade the engine on
 * its own answers. Each value is built at run time from random parts, so
 * that this repository holds no token.
 */
export interface TokenFormat {
  provider: string;
  family: Family;
  /** The name a developer would give a variable holding it. */
  name: string;
  build: (random: Random, sample: number) => string;
}

export type Family =
  | 'AI'
  | 'cloud'
  | 'keys and tokens'
  | 'messaging'
  | 'observability and tools'
  | 'package registries'
  | 'payments'
  | 'source control';

const BASE62_DIGITS = ALPHANUMERIC;
const BECH32 = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l';
const ALPHANUMERIC_UPPER = `${DIGITS}${UPPER}`;
const LETTERS = `${UPPER}${LOWER}`;
const WORD_DASH = BASE64URL;

/** Encodes a 32-bit number in base 62 (digits, upper, lower), padded to 6. */
export function encodeBase62(value: number, width = 6): string {
  let rest = value;
  let text = '';
  while (rest > 0) {
    text = BASE62_DIGITS.charAt(rest % 62) + text;
    rest = Math.floor(rest / 62);
  }
  return text.padStart(width, '0');
}

/**
 * GitHub's and npm's format: 30 random base62 characters, then the CRC32
 * of those 30 characters in base62, padded to 6.
 */
export function buildChecksummed(prefix: string, random: Random): string {
  const entropy = random.string(ALPHANUMERIC, 30);
  return `${prefix}${entropy}${encodeBase62(crc32(entropy))}`;
}

const join = (...parts: string[]): string => parts.join('');

function base64UrlJson(value: unknown): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

/** A signed JWT: a JSON header with `alg`, a JSON payload, a signature. */
export function buildJwt(random: Random): string {
  const header = base64UrlJson({ alg: 'HS256', typ: 'JWT' });
  const payload = base64UrlJson({
    sub: random.string(DIGITS, 10),
    name: 'Service Account',
    iat: 1_700_000_000 + random.integer(10_000_000),
  });
  return [header, payload, random.string(BASE64URL, 43)].join('.');
}

/** The armoured label of a PEM block: `-----BEGIN <label>-----`. */
export function pemLine(edge: 'BEGIN' | 'END', label: string): string {
  const dashes = '-'.repeat(5);
  return `${dashes}${edge} ${label}${dashes}`;
}

/** A PEM private key block, its body lines 64 characters long. */
export function buildPemBlock(
  label: string,
  bodyStart: string,
  random: Random,
  bodyLength = 640,
): string[] {
  const body = bodyStart + random.string(BASE64, bodyLength - bodyStart.length);
  const lines = body.match(/.{1,64}/gu) ?? [];
  return [pemLine('BEGIN', label), ...lines, pemLine('END', label)];
}

export const TOKEN_FORMATS: readonly TokenFormat[] = [
  // Source control.
  ...(['ghp', 'gho', 'ghu', 'ghs', 'ghr'] as const).map(
    (prefix): TokenFormat => ({
      provider: `GitHub ${prefix}_ token`,
      family: 'source control',
      name: 'githubToken',
      build: random => buildChecksummed(`${prefix}_`, random),
    }),
  ),
  {
    provider: 'GitHub fine-grained token',
    family: 'source control',
    name: 'githubToken',
    build: random =>
      join(
        'github_pat_',
        '11',
        random.string(ALPHANUMERIC_UPPER, 20),
        '_',
        random.string(ALPHANUMERIC, 59),
      ),
  },
  {
    provider: 'GitLab personal access token',
    family: 'source control',
    name: 'gitlabToken',
    build: random => join('glpat-', random.string(WORD_DASH, 20)),
  },
  {
    provider: 'GitLab runner token',
    family: 'source control',
    name: 'runnerToken',
    build: random => join('glrt-', random.string(WORD_DASH, 20)),
  },
  {
    provider: 'Bitbucket app password',
    family: 'source control',
    name: 'bitbucketPassword',
    build: random => join('ATBB', random.string(ALPHANUMERIC, 32)),
  },
  {
    provider: 'Atlassian API token',
    family: 'source control',
    name: 'jiraApiToken',
    build: random =>
      join(
        'ATATT3',
        'xFfGF0',
        random.string(WORD_DASH, 180),
        '=',
        random.string(HEX.toUpperCase(), 8),
      ),
  },

  // Package registries.
  {
    provider: 'npm access token',
    family: 'package registries',
    name: 'npmToken',
    build: random => buildChecksummed('npm_', random),
  },
  {
    provider: 'PyPI API token',
    family: 'package registries',
    name: 'pypiToken',
    build: random =>
      join('pypi-', 'AgEIcHlwaS5vcmc', 'CJ', random.string(WORD_DASH, 150)),
  },
  {
    provider: 'RubyGems API key',
    family: 'package registries',
    name: 'rubygemsApiKey',
    build: random => join('rubygems_', random.string(HEX, 48)),
  },
  {
    provider: 'Docker Hub access token',
    family: 'package registries',
    name: 'dockerToken',
    build: random => join('dckr_pat_', random.string(WORD_DASH, 27)),
  },
  {
    provider: 'NuGet API key',
    family: 'package registries',
    name: 'nugetApiKey',
    build: random => join('oy2', random.string(`${DIGITS}${LOWER}`, 43)),
  },

  // Cloud and infrastructure.
  {
    provider: 'AWS access key id',
    family: 'cloud',
    name: 'awsAccessKeyId',
    build: random => join('AKIA', random.string(`${UPPER}234567`, 16)),
  },
  {
    provider: 'Google API key',
    family: 'cloud',
    name: 'googleApiKey',
    build: random => join('AIza', 'Sy', random.string(WORD_DASH, 33)),
  },
  {
    provider: 'Google OAuth client secret',
    family: 'cloud',
    name: 'googleClientSecret',
    build: random => join('GOCSPX-', random.string(WORD_DASH, 28)),
  },
  {
    provider: 'DigitalOcean token',
    family: 'cloud',
    name: 'doToken',
    build: random => join('dop_v1_', random.string(HEX, 64)),
  },
  {
    provider: 'Heroku API key',
    family: 'cloud',
    name: 'herokuApiKey',
    build: random => join('HRKU-AA', random.string(WORD_DASH, 58)),
  },
  {
    provider: 'Alibaba Cloud access key id',
    family: 'cloud',
    name: 'aliyunAccessKey',
    build: random => join('LTAI', random.string(ALPHANUMERIC, 20)),
  },
  {
    provider: 'Doppler token',
    family: 'cloud',
    name: 'dopplerToken',
    build: random => join('dp.pt.', random.string(ALPHANUMERIC, 43)),
  },
  {
    provider: 'HashiCorp Vault token',
    family: 'cloud',
    name: 'vaultToken',
    build: random => join('hvs.', 'CAESI', random.string(WORD_DASH, 86)),
  },
  {
    provider: 'Terraform Cloud token',
    family: 'cloud',
    name: 'tfToken',
    build: random =>
      join(
        random.string(ALPHANUMERIC, 14),
        '.atlasv1.',
        random.string(WORD_DASH, 67),
      ),
  },
  {
    provider: 'Databricks token',
    family: 'cloud',
    name: 'databricksToken',
    build: random => join('dapi', random.string(HEX, 32)),
  },
  {
    provider: 'Supabase access token',
    family: 'cloud',
    name: 'supabaseToken',
    build: random => join('sbp_', random.string(HEX, 40)),
  },
  {
    provider: 'PlanetScale token',
    family: 'cloud',
    name: 'planetscaleToken',
    build: random => join('pscale_tkn_', random.string(WORD_DASH, 43)),
  },
  {
    provider: 'Pulumi access token',
    family: 'cloud',
    name: 'pulumiToken',
    build: random => join('pul-', random.string(HEX, 40)),
  },

  // Payments and commerce.
  {
    provider: 'Stripe secret key',
    family: 'payments',
    name: 'stripeSecretKey',
    build: (random, sample) =>
      join(
        'sk_',
        'live_',
        random.string(ALPHANUMERIC, sample % 2 === 0 ? 24 : 99),
      ),
  },
  {
    provider: 'Stripe restricted key',
    family: 'payments',
    name: 'stripeRestrictedKey',
    build: random => join('rk_', 'live_', random.string(ALPHANUMERIC, 24)),
  },
  {
    provider: 'Stripe webhook secret',
    family: 'payments',
    name: 'webhookSigningSecret',
    build: random => join('whsec_', random.string(ALPHANUMERIC, 32)),
  },
  {
    provider: 'Shopify access token',
    family: 'payments',
    name: 'shopifyAccessToken',
    build: random => join('shpat_', random.string(HEX, 32)),
  },
  {
    provider: 'Shopify shared secret',
    family: 'payments',
    name: 'shopifySharedSecret',
    build: random => join('shpss_', random.string(HEX, 32)),
  },
  {
    provider: 'Square access token',
    family: 'payments',
    name: 'squareAccessToken',
    build: random => join('EAAA', random.string(WORD_DASH, 60)),
  },
  {
    provider: 'Square OAuth secret',
    family: 'payments',
    name: 'squareOauthSecret',
    build: random => join('sq0csp-', random.string(WORD_DASH, 43)),
  },
  {
    provider: 'Braintree access token',
    family: 'payments',
    name: 'braintreeAccessToken',
    build: random =>
      join(
        'access_token$production$',
        random.string(`${DIGITS}${LOWER}`, 16),
        '$',
        random.string(HEX, 32),
      ),
  },
  {
    provider: 'Flutterwave secret key',
    family: 'payments',
    name: 'flutterwaveSecretKey',
    build: random => join('FLWSECK-', random.string(HEX, 32), '-X'),
  },

  // Messaging and e-mail.
  {
    provider: 'Slack bot token',
    family: 'messaging',
    name: 'slackBotToken',
    build: random =>
      join(
        'xoxb-',
        random.string(DIGITS, 12),
        '-',
        random.string(DIGITS, 13),
        '-',
        random.string(ALPHANUMERIC, 24),
      ),
  },
  {
    provider: 'Slack user token',
    family: 'messaging',
    name: 'slackUserToken',
    build: random =>
      join(
        'xoxp-',
        random.string(DIGITS, 12),
        '-',
        random.string(DIGITS, 12),
        '-',
        random.string(DIGITS, 13),
        '-',
        random.string(HEX, 32),
      ),
  },
  {
    provider: 'Slack incoming webhook',
    family: 'messaging',
    name: 'slackWebhookUrl',
    build: random =>
      join(
        'https://hooks.slack.com/services/',
        'T',
        random.string(ALPHANUMERIC_UPPER, 8),
        '/B',
        random.string(ALPHANUMERIC_UPPER, 10),
        '/',
        random.string(ALPHANUMERIC, 24),
      ),
  },
  {
    provider: 'Discord webhook',
    family: 'messaging',
    name: 'discordWebhookUrl',
    build: random =>
      join(
        'https://discord.com/api/webhooks/',
        random.string(DIGITS, 18),
        '/',
        random.string(WORD_DASH, 68),
      ),
  },
  {
    provider: 'Telegram bot token',
    family: 'messaging',
    name: 'telegramBotToken',
    build: random =>
      join(random.string(DIGITS, 10), ':', 'AA', random.string(WORD_DASH, 33)),
  },
  {
    provider: 'Twilio API key',
    family: 'messaging',
    name: 'twilioApiKey',
    build: random => join('SK', random.string(HEX, 32)),
  },
  {
    provider: 'SendGrid API key',
    family: 'messaging',
    name: 'sendgridApiKey',
    build: random =>
      join(
        'SG',
        '.',
        random.string(WORD_DASH, 22),
        '.',
        random.string(WORD_DASH, 43),
      ),
  },
  {
    provider: 'Mailgun API key',
    family: 'messaging',
    name: 'mailgunApiKey',
    build: random => join('key-', random.string(HEX, 32)),
  },
  {
    provider: 'Mailchimp API key',
    family: 'messaging',
    name: 'mailchimpApiKey',
    build: random =>
      join(random.string(HEX, 32), '-us', String(1 + random.integer(20))),
  },

  // AI.
  {
    provider: 'OpenAI project key',
    family: 'AI',
    name: 'openaiApiKey',
    build: random =>
      join(
        'sk-',
        'proj-',
        random.string(WORD_DASH, 74),
        'T3Blbk',
        'FJ',
        random.string(WORD_DASH, 74),
      ),
  },
  {
    provider: 'OpenAI legacy key',
    family: 'AI',
    name: 'openaiApiKey',
    build: random =>
      join(
        'sk-',
        random.string(ALPHANUMERIC, 20),
        'T3Blbk',
        'FJ',
        random.string(ALPHANUMERIC, 20),
      ),
  },
  {
    provider: 'Anthropic API key',
    family: 'AI',
    name: 'anthropicApiKey',
    build: random =>
      join('sk-', 'ant-', 'api03-', random.string(WORD_DASH, 93), 'AA'),
  },
  {
    provider: 'Hugging Face token',
    family: 'AI',
    name: 'hfToken',
    build: random => join('hf_', random.string(LETTERS, 34)),
  },
  {
    provider: 'Groq API key',
    family: 'AI',
    name: 'groqApiKey',
    build: random => join('gsk_', random.string(ALPHANUMERIC, 52)),
  },
  {
    provider: 'Replicate token',
    family: 'AI',
    name: 'replicateToken',
    build: random => join('r8_', random.string(ALPHANUMERIC, 37)),
  },
  {
    provider: 'Perplexity API key',
    family: 'AI',
    name: 'perplexityApiKey',
    build: random => join('pplx-', random.string(ALPHANUMERIC, 48)),
  },

  // Observability and developer tools.
  {
    provider: 'Sentry user token',
    family: 'observability and tools',
    name: 'sentryAuthToken',
    build: random => join('sntryu_', random.string(HEX, 64)),
  },
  {
    provider: 'Grafana service account token',
    family: 'observability and tools',
    name: 'grafanaToken',
    build: random =>
      join(
        'glsa_',
        random.string(ALPHANUMERIC, 32),
        '_',
        random.string(HEX, 8),
      ),
  },
  {
    provider: 'New Relic user key',
    family: 'observability and tools',
    name: 'newRelicApiKey',
    build: random => join('NRAK-', random.string(ALPHANUMERIC_UPPER, 27)),
  },
  {
    provider: 'Linear API key',
    family: 'observability and tools',
    name: 'linearApiKey',
    build: random => join('lin_', 'api_', random.string(ALPHANUMERIC, 40)),
  },
  {
    provider: 'Notion integration token',
    family: 'observability and tools',
    name: 'notionToken',
    build: random => join('secret_', random.string(ALPHANUMERIC, 43)),
  },
  {
    provider: 'Postman API key',
    family: 'observability and tools',
    name: 'postmanApiKey',
    build: random =>
      join('PMAK-', random.string(HEX, 24), '-', random.string(HEX, 34)),
  },

  // Keys and signed tokens.
  {
    provider: 'age secret key',
    family: 'keys and tokens',
    name: 'ageIdentity',
    build: random =>
      join('AGE-SECRET-', 'KEY-1', random.string(BECH32.toUpperCase(), 58)),
  },
  {
    provider: 'JSON Web Token',
    family: 'keys and tokens',
    name: 'serviceJwt',
    build: random => buildJwt(random),
  },
];
