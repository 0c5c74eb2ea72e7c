import { describe, expect, it } from 'vitest';

import {
  createNameMatcher,
  defaultNameMatcher,
  splitNameWords,
} from '../../src/engine/index.js';

const { isSecretName } = defaultNameMatcher;

describe('splitNameWords', () => {
  it.each([
    ['dbPassword', ['db', 'password']],
    ['DB_PASSWORD', ['db', 'password']],
    ['db-password', ['db', 'password']],
    ['XMLHttpToken2', ['xml', 'http', 'token2']],
    ['oauth2Token', ['oauth2', 'token']],
    ['s3_secret_2', ['s3', 'secret', '2']],
    ['APIKey', ['api', 'key']],
    ['x.api_key', ['x', 'api', 'key']],
    ['', []],
    ['__', []],
  ])('splits %j', (name, words) => {
    expect(splitNameWords(name)).toEqual(words);
  });
});

describe('defaultNameMatcher', () => {
  it.each([
    'password',
    'passwd',
    'pwd',
    'dbPassword',
    'DB_PASSWORD',
    'PGPASSWORD',
    'MYSQL_PWD',
    'password_confirmation',
    'newPassword2',
    'secret',
    'secrets',
    'JWT_SECRET',
    'webhookSecret',
    'clientSecret',
    'token',
    'accessToken',
    'GITHUB_TOKEN',
    'auth_token',
    'refreshTokens',
    'GH_PAT',
    'apiKey',
    'api_key',
    'apikey',
    'x-api-key',
    'APIKey',
    'accessKey',
    'AWS_SECRET_ACCESS_KEY',
    'privateKey',
    'privateKeyPem',
    'signingKey',
    'sessionKey',
    'encryptionKey',
    'credentials',
    'creds',
    'auth',
    'basicAuth',
    'authorization',
    'Authorization',
    'bearer',
    'bearerToken',
    'cookie',
    'connectionString',
    'connStr',
    'DATABASE_URL',
    'redisUri',
    'SLACK_WEBHOOK_URL',
    'SENTRY_DSN',
    'passphrase',
    'seedPhrase',
    'mnemonic',
    'tokenValue',
    'secretB64',
  ])('calls %j secret', name => {
    expect(isSecretName(name)).toBe(true);
  });

  it.each([
    '',
    'key',
    'keys',
    'publicKey',
    'primaryKey',
    'cacheKey',
    'keyId',
    'accessKeyId',
    'AWS_ACCESS_KEY_ID',
    'tokenizer',
    'tokenCount',
    'tokens',
    'maxTokens',
    'numTokens',
    'tokenType',
    'nextPageToken',
    'pageToken',
    'cancelToken',
    'passwordLabel',
    'passwordField',
    'passwordMinLength',
    'passwordHash',
    'passwordPolicy',
    'isPasswordValid',
    'showPassword',
    'hasToken',
    'supportedAuth',
    '_supportedAuth',
    'allowedTokens',
    'secretName',
    'secretsManager',
    'apiKeyHeader',
    'authHeader',
    'authService',
    'authUrl',
    'tokenUrl',
    'TOKEN_URL',
    'privateKeyPath',
    'credentialsFile',
    'cookieName',
    'passport',
    'bypass',
    'passThrough',
    'passwordless',
    'pat',
    'PORT',
    'HOST',
    'LOG_LEVEL',
    'AWS_REGION',
    'NODE_ENV',
    'PWD',
    'OLDPWD',
  ])('does not call %j secret', name => {
    expect(isSecretName(name)).toBe(false);
  });
});

describe('createNameMatcher', () => {
  it('adds names from secretNames', () => {
    const matcher = createNameMatcher({ secretNames: [/^hush/u] });

    expect(matcher.isSecretName('hushMoney')).toBe(true);
    expect(matcher.isSecretName('password')).toBe(true);
    expect(matcher.isSecretName('money')).toBe(false);
  });

  it('clears names from notSecretNames, which win', () => {
    const matcher = createNameMatcher({
      secretNames: [/Token$/u],
      notSecretNames: [/^csrf/u, /^googleApiKey$/u],
    });

    expect(matcher.isSecretName('csrfToken')).toBe(false);
    expect(matcher.isSecretName('googleApiKey')).toBe(false);
    expect(matcher.isSecretName('githubApiKey')).toBe(true);
  });

  it('keeps answering right after more distinct names than it caches', () => {
    const matcher = createNameMatcher();
    const answers = Array.from({ length: 20_000 }, (_, index) =>
      matcher.isSecretName(index % 2 === 0 ? `apiKey${index}` : `row${index}`),
    );

    expect(answers.filter(Boolean)).toHaveLength(10_000);
    expect(matcher.isSecretName('apiKey0')).toBe(true);
    expect(matcher.isSecretName('row1')).toBe(false);
  });

  it('gives the same answer for a global pattern on every call', () => {
    const matcher = createNameMatcher({ secretNames: [/^hush/gu] });

    expect(matcher.isSecretName('hushA')).toBe(true);
    expect(matcher.isSecretName('hushB')).toBe(true);
    expect(matcher.isSecretName('hushA')).toBe(true);
  });
});

describe('the quick pre-check on secret word parts', () => {
  it.each(['userName', 'fooBar', 'PORT', 'handler', 'x', 'ResolvedConfig'])(
    'rejects %j, which holds no part of a secret word',
    name => {
      expect(isSecretName(name)).toBe(false);
    },
  );

  it.each([
    ['SESSION_COOKIE', true],
    ['Dsn', true],
    ['MNEMONIC', true],
    ['connStr', true],
    ['WEBHOOK_URI', true],
    ['GITLAB_PAT', true],
    ['strategy', false],
    ['patch', false],
    ['urlPath', false],
  ])(
    'still splits %j, which holds one, and decides it by its words',
    (name, secret) => {
      expect(isSecretName(name)).toBe(secret);
    },
  );

  it('leaves custom secretNames to match names without such parts', () => {
    const matcher = createNameMatcher({ secretNames: [/^hush/u] });

    expect(matcher.isSecretName('hushMoney')).toBe(true);
  });
});
