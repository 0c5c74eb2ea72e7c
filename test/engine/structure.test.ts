import { describe, expect, it } from 'vitest';

import { TEMPLATE_PLACEHOLDER } from '../../src/engine/index.js';
import { findStructuredCredentials } from '../../src/engine/structure.js';
import { B62, createRandomText } from './tokenSamples.js';

const RANDOM = createRandomText(41)(B62, 32);
// Passwords are joined at run time; see test/engine/tokenSamples.ts.
const PASSWORD = ['Hunt3r', '2!'].join('');
const MARKER = 'password';

function secrets(text: string): string[][] {
  return findStructuredCredentials(text).map(match => [
    match.id,
    text.slice(match.start, match.end),
    match.isPlaceholder ? 'placeholder' : 'literal',
  ]);
}

describe('passwords in URLs', () => {
  it.each([
    [`postgres://admin:${PASSWORD}@db:5432/app`, 'postgres'],
    [`postgresql://admin:${PASSWORD}@db/app`, 'postgresql'],
    [`mysql://root:${PASSWORD}@127.0.0.1:3306/app`, 'mysql'],
    [`mongodb://app:${PASSWORD}@a:27017,b:27017/db?replicaSet=rs`, 'mongodb'],
    [`mongodb+srv://app:${PASSWORD}@cluster0.example.net/db`, 'mongodb+srv'],
    [`redis://:${PASSWORD}@cache:6379/0`, 'redis'],
    [`rediss://default:${PASSWORD}@cache:6380`, 'rediss'],
    [`amqp://guest:${PASSWORD}@mq:5672`, 'amqp'],
    [`ftp://user1:${PASSWORD}@files.example.com/`, 'ftp'],
    [`https://deploy:${PASSWORD}@git.example.com/repo.git`, 'https'],
    [`jdbc:mysql://root:${PASSWORD}@db:3306/app`, 'mysql'],
  ])('finds the password of %j', (url, scheme) => {
    const match = findStructuredCredentials(url).at(0);

    expect(match?.id).toBe('url-password');
    expect(match?.title).toBe(`password in a \`${scheme}\` URL`);
    expect(url.slice(match?.start, match?.end)).toBe(PASSWORD);
  });

  it('finds the password when the host is interpolated', () => {
    expect(
      secrets(`postgres://admin:${PASSWORD}@${TEMPLATE_PLACEHOLDER}/db`),
    ).toEqual([['url-password', PASSWORD, 'literal']]);
  });

  it.each([
    'postgres://db:5432/app',
    'postgres://admin@db:5432/app',
    'https://example.com/path@version',
    'http://host:8080/x',
    `postgres://admin:${TEMPLATE_PLACEHOLDER}@db/app`,
    'postgres://admin:${DB_PASSWORD}@db/app',
    'postgres://admin:%s@db/app',
    'postgres://admin:****@db/app',
    'postgres://admin:@db/app',
    'see ://x:y',
  ])('finds nothing in %j', text => {
    expect(secrets(text)).toEqual([]);
  });

  it('judges each URL of a text by its own authority', () => {
    const text = [
      'https://a.example/p@x',
      'http://host:8080/x',
      `postgres://admin:${PASSWORD}@db/app`,
      'https://user@b.example',
      `redis://:${PASSWORD}@cache`,
    ].join(' ');
    expect(secrets(text)).toEqual([
      ['url-password', PASSWORD, 'literal'],
      ['url-password', PASSWORD, 'literal'],
    ]);
  });

  it('marks markers as placeholders', () => {
    expect(secrets(`postgres://user:${MARKER}@localhost/app`)).toEqual([
      ['url-password', MARKER, 'placeholder'],
    ]);
    expect(secrets(`redis://:<${MARKER}>@cache`)).toEqual([
      ['url-password', `<${MARKER}>`, 'placeholder'],
    ]);
  });
});

describe('connection strings and query parameters', () => {
  it.each([
    [`Server=db;Database=app;User Id=sa;Password=${PASSWORD};`, PASSWORD],
    [`Driver={ODBC};Server=db;UID=sa;PWD=${PASSWORD}`, PASSWORD],
    [`jdbc:sqlserver://db:1433;user=sa;password=${PASSWORD}`, PASSWORD],
    [`jdbc:mysql://db/app?user=root&password=${PASSWORD}`, PASSWORD],
    [
      'DefaultEndpointsProtocol=https;AccountName=x;AccountKey=' +
        RANDOM +
        '==;',
      `${RANDOM}==`,
    ],
  ])('finds the password of %j', (text, password) => {
    const match = findStructuredCredentials(text).at(0);

    expect(match?.id).toBe('connection-string-password');
    expect(text.slice(match?.start, match?.end)).toBe(password);
  });

  it('finds random secrets in query parameters', () => {
    expect(
      secrets(`https://api.example.com/v1?access_token=${RANDOM}`),
    ).toEqual([['query-parameter-secret', RANDOM, 'literal']]);
    expect(secrets(`?sv=2022-11-02&ss=b&sig=${RANDOM}`)).toEqual([
      ['query-parameter-secret', RANDOM, 'literal'],
    ]);
  });

  it.each([
    'Password=;',
    'password={0};',
    `password=${TEMPLATE_PLACEHOLDER}`,
    'a.password = b.password',
    '?access_token=',
    '?token=abc',
    '?access_token=true',
    `?sig=${RANDOM}`,
  ])('finds nothing in %j', text => {
    expect(secrets(text)).toEqual([]);
  });
});

describe('Authorization values', () => {
  it('finds Bearer tokens and decodes Basic credentials', () => {
    const basic = Buffer.from('admin:Tr0ub4dor').toString('base64');

    expect(secrets(`Bearer ${RANDOM}`)).toEqual([
      ['authorization-bearer', RANDOM, 'literal'],
    ]);
    expect(secrets(`Authorization: Basic ${basic}`)).toEqual([
      ['authorization-basic', basic, 'literal'],
    ]);
  });

  it.each([
    'Bearer ',
    'Bearer token required',
    'Bearer realm="example"',
    'Basic authentication is supported',
    `Basic ${Buffer.from('admin:password').toString('base64')}`,
    `Basic ${Buffer.from('no-colon-here').toString('base64')}`,
  ])('finds nothing in %j', text => {
    expect(secrets(text)).toEqual([]);
  });
});
