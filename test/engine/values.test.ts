import { describe, expect, it } from 'vitest';

import {
  ENTROPY_EXCLUSIONS,
  TEMPLATE_PLACEHOLDER,
} from '../../src/engine/index.js';
import {
  getEntropyExclusion,
  isDocumentationExample,
  isDummyToken,
} from '../../src/engine/exclusions.js';
import {
  classifyValue,
  isPasswordMarker,
  isPlaceholder,
} from '../../src/engine/values.js';
import { B62, createRandomText } from './tokenSamples.js';

const ALL_EXCLUSIONS = new Set(ENTROPY_EXCLUSIONS);
const RANDOM = createRandomText(31)(B62, 32);

describe('classifyValue', () => {
  it.each([
    ['hunter2', undefined],
    ['Sup3rS3cret!', undefined],
    ['correct horse battery staple', 'passphrase'],
    ['1234987', undefined],
    ['password123', undefined],
    ['123456', undefined],
    ['admin', 'password'],
    ['secret', 'JWT_SECRET'],
    ['XkQpLmZw', undefined],
    [RANDOM, undefined],
    ['3f2b8c1e-4d5a-4b6c-8d7e-9f0a1b2c3d4e', undefined],
  ])('calls %j a value', (value, name) => {
    expect(classifyValue(value, name ?? 'password')).toBe('value');
  });

  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['${DB_PASSWORD}', 'reference'],
    ['{{ token }}', 'reference'],
    ['{0}', 'reference'],
    ['%s', 'reference'],
    ['%(password)s', 'reference'],
    ['$PASSWORD', 'reference'],
    [':password', 'reference'],
    ['@password', 'reference'],
    ['?', 'reference'],
    ['<%= password %>', 'reference'],
    ['process.env.PASSWORD', 'reference'],
    ['arn:aws:secretsmanager:eu-west-1:123:secret:db', 'reference'],
    ['vault:secret/data/db', 'reference'],
    ['projects/app/secrets/db/versions/1', 'reference'],
    [`a${TEMPLATE_PLACEHOLDER}b`, 'reference'],
    ['********', 'masked'],
    ['••••••', 'masked'],
    ['[REDACTED]', 'masked'],
    ['STRIPE_SECRET_KEY', 'env-name'],
    ['https://example.com/hooks', 'url'],
    ['mailto:ops@example.com', 'url'],
    ['urn:uuid:a515cfa4-5da4-22e1-f5b5-00a0451e6bf7', 'url'],
    ['data:text/plain;base64,aGVsbG8=', 'data-uri'],
    ['admin@example.com', 'email'],
    ['^(?=.*\\d).{8,}$', 'regex'],
    ['\\w+@\\w+', 'regex'],
    ['<div class="x">', 'markup'],
    ['Enter your password', 'label'],
    ['Password:', 'label'],
    ['Done!', 'label'],
    ['Mot de passe', 'label'],
    ['パスワード', 'label'],
    ['auth.errors.invalidToken', 'label'],
    ['./keys/private.pem', 'path'],
    ['/etc/ssl/private/server.key', 'path'],
    ['C:\\keys\\id_rsa', 'path'],
    ['config/keys', 'path'],
    ['server.key', 'path'],
    ['node:crypto', 'module-specifier'],
    ['@scope/package', 'module-specifier'],
    ['#a1b2c3', 'color'],
    ['1.2.3', 'number-like'],
    ['2024-01-01', 'number-like'],
    ['15m', 'number-like'],
    ['x-api-key', 'identifier'],
    ['X-Api-Key', 'identifier'],
    ['Bearer', 'identifier'],
    ['include', 'identifier'],
    ['current-password', 'identifier'],
    ['apiKey', 'identifier'],
    ['--require', 'identifier'],
    ['ab1', 'too-short'],
  ])('calls %j %s', (value, reason) => {
    expect(classifyValue(value, 'authToken')).toBe(reason);
  });

  it('calls lower-case words values under password names, but not type names', () => {
    expect(classifyValue('opensesame', 'password')).toBe('value');
    expect(classifyValue('opensesame', 'SESSION_SECRET')).toBe('value');
    expect(classifyValue('opensesame', 'authToken')).toBe('identifier');
    expect(classifyValue('alpha', 'secret')).toBe('identifier');
    expect(classifyValue('alpha', 'X-Secret')).toBe('identifier');
    expect(classifyValue('string', 'password')).toBe('identifier');
    expect(classifyValue('required', 'password')).toBe('identifier');
  });

  it('calls a value that repeats its name a field name', () => {
    expect(classifyValue('password', 'password')).toBe('same-as-name');
    expect(classifyValue('API_KEY', 'apiKey')).toBe('same-as-name');
  });

  it.each([
    'changeme',
    'change-me',
    'xxx',
    'XXXXXXXX',
    '<your-api-key>',
    '<password>',
    '[password]',
    'your_api_key_here',
    'YOUR-TOKEN',
    'replace_me',
    'TODO',
    'dummy-secret',
    'foo',
    'keyboard cat',
    'sk_test_xxxxxxxxxxxxxxxx',
  ])('calls %j a placeholder', value => {
    expect(classifyValue(value, 'apiKey')).toBe('placeholder');
  });
});

describe('isPlaceholder', () => {
  it('leaves sentences that mention a secret to the label check', () => {
    expect(isPlaceholder('Enter your password')).toBe(false);
  });

  it('leaves default credentials to be reported as weak values', () => {
    expect(isPlaceholder('admin')).toBe(false);
    expect(isPlaceholder('secret')).toBe(false);
  });
});

describe('isPasswordMarker', () => {
  it.each(['password', 'PASS', 'pwd', 'secret', 'changeme', 'xxxx'])(
    'calls %j a marker where a password goes',
    value => {
      expect(isPasswordMarker(value)).toBe(true);
    },
  );

  it('keeps real passwords', () => {
    expect(isPasswordMarker('Hunt3r2!')).toBe(false);
  });
});

describe('isDummyToken', () => {
  it.each([
    'abcdxxxxyz12',
    '0000000000000000',
    'abcdefghijklmnop',
    '0123456789',
    ['AKIAIOSFODNN7', 'EXAMPLE'].join(''),
  ])('calls %j made up', token => {
    expect(isDummyToken(token)).toBe(true);
  });

  it('keeps runs of `A` and `=`, which real formats have', () => {
    expect(isDummyToken(`${'A'.repeat(21)}${RANDOM}`)).toBe(false);
    expect(isDummyToken(`${RANDOM}========`)).toBe(false);
  });

  it('keeps random tokens', () => {
    expect(isDummyToken(RANDOM)).toBe(false);
  });
});

describe('isDocumentationExample', () => {
  it('knows the jwt.io token by its payload', () => {
    const encode = (value: object): string =>
      Buffer.from(JSON.stringify(value)).toString('base64url');
    const token = [
      encode({ alg: 'HS256', typ: 'JWT' }),
      encode({ sub: '1234567890', name: 'John Doe', iat: 1516239022 }),
      'c2lnbmF0dXJl',
    ].join('.');

    expect(isDocumentationExample(token)).toBe(true);
  });

  it('knows the AWS documentation keys', () => {
    expect(
      isDocumentationExample(
        ['wJalrXUtnFEMI', 'K7MDENG', 'bPxRfiCYEXAMPLEKEY'].join('/'),
      ),
    ).toBe(true);
  });
});

describe('getEntropyExclusion', () => {
  it.each([
    ['3f2b8c1e-4d5a-4b6c-8d7e-9f0a1b2c3d4e', undefined, 'uuid'],
    ['9fceb02d0ae598e95dc970b74767f19372d61af8', undefined, 'hash'],
    ['sha256:4d5f8e7a9b0c1d2e3f4a5b6c7d8e9f0a', undefined, 'hash'],
    [RANDOM, 'etag', 'hash'],
    ['sha384-oqVuAfXRKap7fdgcCY5uykM6+R9GqQ8K', undefined, 'sri'],
    ['iVBORw0KGgoAAAANSUhEUgAAAAEAAAAB', undefined, 'dataUri'],
    [
      'MIIDTzCCAjegAwIBAgIJAKSVpiDswLcwMA0GCSqGSIb3DQEBBQUAMD4xFjAUBgNVBAoM',
      undefined,
      'certificate',
    ],
    [RANDOM, 'd', 'svgPath'],
    ['abcdxxxxyz1234567890Q', undefined, 'exampleKey'],
    [`pk_live_${RANDOM}`, undefined, 'publishableKey'],
  ])('excludes %j (name %j) as %s', (word, name, exclusion) => {
    expect(getEntropyExclusion(word, word, name, ALL_EXCLUSIONS)).toBe(
      exclusion,
    );
  });

  it('excludes words of data URIs, certificates, code and module names by the whole text', () => {
    expect(
      getEntropyExclusion(
        RANDOM,
        `data:image/png;base64,${RANDOM}`,
        undefined,
        ALL_EXCLUSIONS,
      ),
    ).toBe('dataUri');
    expect(
      getEntropyExclusion(
        RANDOM,
        `-----BEGIN CERTIFICATE-----\n${RANDOM}`,
        undefined,
        ALL_EXCLUSIONS,
      ),
    ).toBe('certificate');
    expect(
      getEntropyExclusion(
        RANDOM,
        `function(a){return "${RANDOM}"}`,
        undefined,
        ALL_EXCLUSIONS,
      ),
    ).toBe('minified');
    expect(
      getEntropyExclusion(
        'lodash/fp/get',
        'lodash/fp/get',
        undefined,
        ALL_EXCLUSIONS,
      ),
    ).toBe('moduleSpecifier');
  });

  it('applies only the exclusions that are turned on', () => {
    expect(
      getEntropyExclusion(
        '9fceb02d0ae598e95dc970b74767f19372d61af8',
        'x',
        undefined,
        new Set(),
      ),
    ).toBeUndefined();
  });

  it('keeps random keys', () => {
    expect(
      getEntropyExclusion(RANDOM, RANDOM, undefined, ALL_EXCLUSIONS),
    ).toBeUndefined();
  });
});
