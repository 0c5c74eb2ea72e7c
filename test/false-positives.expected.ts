/** A finding on the corpus that a person looked at, and why it stands. */
export interface ReviewedFinding {
  file: string;
  line: number;
  messageId: string;
  reason: string;
}

const PINO_FIXTURE =
  'a test fixture of log redaction: the weak password `secret` written into a `password` field, the very value redaction must hide';

const pinoFixture = (line: number): ReviewedFinding => ({
  file: 'node_modules/pino/test/browser-redaction.test.js',
  line,
  messageId: 'hardcodedValue',
  reason: PINO_FIXTURE,
});

/**
 * The findings of `no-hardcoded-secrets` on the corpus of `bench/corpus.ts`
 * (about 4,500 files of installed devDependencies), each reviewed. All are
 * weak passwords in the test fixtures of pino's log redaction, written on
 * purpose; the packages' own sources give none.
 */
export const REVIEWED_FINDINGS: readonly ReviewedFinding[] = [
  pinoFixture(21),
  {
    file: 'node_modules/pino/test/browser-redaction.test.js',
    line: 56,
    messageId: 'hardcodedValue',
    reason:
      'a test fixture of log redaction: the weak password `secret123` written into a `password` field',
  },
  pinoFixture(125),
  pinoFixture(144),
  pinoFixture(181),
  pinoFixture(199),
  pinoFixture(219),
  {
    file: 'node_modules/pino/test/redact.test.js',
    line: 902,
    messageId: 'hardcodedValue',
    reason:
      'a test fixture of log redaction: the weak password `hunter2` written into a `secret` field',
  },
];
