import { describe, expect, it } from 'vitest';

import {
  compileScanOptions,
  DEFAULT_SCAN_OPTIONS,
  scanString,
  ScanOptionsError,
  TEMPLATE_PLACEHOLDER,
} from '../../src/engine/index.js';
import { B62, createRandomText, makeSample } from './tokenSamples.js';

const GITHUB_PAT = makeSample('github-pat');
const RANDOM = createRandomText(51)(B62, 40);
// Passwords are joined at run time; see test/engine/tokenSamples.ts.
const PASSWORD = ['Hunt3r', '2!'].join('');
const MARKER = 'password';

const ids = (text: string, context = {}): string[] =>
  scanString(text, context).map(finding => finding.id);

describe('scanString without context', () => {
  it('finds provider tokens, structured credentials and random strings', () => {
    expect(ids(GITHUB_PAT)).toEqual(['github-pat']);
    expect(ids(`postgres://admin:${PASSWORD}@db/app`)).toEqual([
      'url-password',
    ]);
    expect(ids(RANDOM)).toEqual(['high-entropy']);
  });

  it('finds nothing in short or ordinary strings', () => {
    expect(ids('ab')).toEqual([]);
    expect(ids('hunter2')).toEqual([]);
    expect(ids('The quick brown fox jumps over the lazy dog')).toEqual([]);
  });

  it('keeps one finding per secret: a token wins over the URL around it', () => {
    const url = `https://x:${GITHUB_PAT}@github.com/org/repo.git`;

    expect(ids(url)).toEqual(['github-pat']);
  });

  it('describes each finding', () => {
    const [finding] = scanString(`token ${GITHUB_PAT}`);

    expect(finding).toEqual({
      kind: 'provider',
      id: 'github-pat',
      title: 'GitHub personal access token',
      confidence: 'high',
      start: 6,
      end: 46,
      masked: `${GITHUB_PAT.slice(0, 4)}…${GITHUB_PAT.slice(-4)}`,
    });
  });
});

describe('scanString with a secret name', () => {
  it('reports weak values, with medium confidence', () => {
    const [finding] = scanString('hunter2', { name: 'password' });

    expect(finding).toMatchObject({
      kind: 'context',
      id: 'secret-name',
      confidence: 'medium',
      start: 0,
      end: 7,
    });
  });

  it('reports random values with high confidence, trimmed', () => {
    const [finding] = scanString(` ${RANDOM} `, { name: 'apiKey' });

    expect(finding).toMatchObject({ confidence: 'high', start: 1, end: 41 });
  });

  it('takes the caller’s verdict on the name over the default matcher', () => {
    expect(ids('hunter2', { name: 'hush', isSecretName: true })).toEqual([
      'secret-name',
    ]);
    expect(ids('hunter2', { name: 'password', isSecretName: false })).toEqual(
      [],
    );
  });

  it('reports placeholders apart, with low confidence', () => {
    const [finding] = scanString('changeme', { name: 'apiKey' });

    expect(finding).toMatchObject({
      kind: 'placeholder',
      id: 'placeholder',
      confidence: 'low',
    });
  });

  it('does not report values built at run time', () => {
    expect(ids(`pre${TEMPLATE_PLACEHOLDER}`, { name: 'password' })).toEqual([]);
  });

  it('runs name-gated formats only under their names', () => {
    const key = makeSample('datadog-api-key');

    expect(ids(key, { name: 'DD_API_KEY' })).toEqual(['datadog-api-key']);
    expect(ids(key, { name: 'checksum' })).toEqual([]);
  });
});

describe('scanString on comments', () => {
  it('looks for token formats only', () => {
    expect(ids(` see ${GITHUB_PAT}`, { isComment: true })).toEqual([
      'github-pat',
    ]);
    expect(
      ids(` postgres://admin:${PASSWORD}@db/app`, { isComment: true }),
    ).toEqual([]);
    expect(ids(` ${RANDOM}`, { isComment: true })).toEqual([]);
    expect(ids('hunter2', { isComment: true, name: 'password' })).toEqual([]);
  });
});

describe('options', () => {
  it('turns providers off by id', () => {
    const options = compileScanOptions({
      disabledProviders: ['github-pat'],
      checkHighEntropyStrings: false,
    });

    expect(ids(GITHUB_PAT, { options })).toEqual([]);
  });

  it('adds custom patterns, gated by their keywords, with group 1 as the secret', () => {
    const options = compileScanOptions({
      customPatterns: [
        { name: 'Acme key', pattern: 'acme_([a-z]{8})', keywords: ['acme_'] },
        { name: 'Ungated', pattern: 'zz\\d{6}zz' },
      ],
    });

    expect(scanString('use acme_abcdefgh now', { options })).toMatchObject([
      { kind: 'custom', id: 'Acme key', start: 9, end: 17 },
    ]);
    expect(ids('code zz123456zz here', { options })).toEqual(['Ungated']);
  });

  it('ignores values and names by pattern', () => {
    const options = compileScanOptions({
      ignoredValues: ['^hunter'],
      ignoredNames: ['^TEST_'],
    });

    expect(ids('hunter2', { name: 'password', options })).toEqual([]);
    expect(ids(GITHUB_PAT, { name: 'TEST_TOKEN', options })).toEqual([]);
    expect(ids('Sup3rS3cret!', { name: 'password', options })).toEqual([
      'secret-name',
    ]);
  });

  it('takes entropy thresholds and exclusions', () => {
    const strict = compileScanOptions({
      entropy: { base64Threshold: 3, base64MinLength: 12 },
    });
    const noExclusions = compileScanOptions({ entropyExclusions: [] });
    const sha = '9fceb02d0ae598e95dc970b74767f19372d61af8';

    expect(ids(RANDOM.slice(0, 14))).toEqual([]);
    expect(ids(RANDOM.slice(0, 14), { options: strict })).toEqual([
      'high-entropy',
    ]);
    expect(ids(sha)).toEqual([]);
    expect(ids(sha, { options: noExclusions })).toEqual(['high-entropy']);
  });

  it('switches placeholders and high-entropy strings off', () => {
    const options = compileScanOptions({
      checkPlaceholders: false,
      checkHighEntropyStrings: false,
    });

    expect(ids('changeme', { name: 'apiKey', options })).toEqual([]);
    expect(ids(`postgres://user:${MARKER}@db`, { options })).toEqual([]);
    expect(ids(RANDOM, { options })).toEqual([]);
  });

  it('has compiled defaults', () => {
    expect(DEFAULT_SCAN_OPTIONS.checkPlaceholders).toBe(true);
    expect(DEFAULT_SCAN_OPTIONS.entropy.base64Threshold).toBe(4.2);
  });

  it.each([
    [{ disabledProviders: ['no-such-provider'] }, /disabledProviders\[0\]/u],
    [
      { customPatterns: [{ name: '', pattern: 'x' }] },
      /customPatterns\[0\]\.name/u,
    ],
    [
      { customPatterns: [{ name: 'x', pattern: '(' }] },
      /customPatterns\[0\]\.pattern must be a valid regular expression/u,
    ],
    [
      { customPatterns: [{ name: 'x', pattern: 'y', keywords: [''] }] },
      /keywords\[0\]/u,
    ],
    [{ ignoredValues: ['['] }, /ignoredValues\[0\]/u],
    [{ ignoredNames: [''] }, /ignoredNames\[0\]/u],
  ])('rejects %j with a clear message', (options, message) => {
    expect(() => compileScanOptions(options)).toThrow(ScanOptionsError);
    expect(() => compileScanOptions(options)).toThrow(message);
  });
});
