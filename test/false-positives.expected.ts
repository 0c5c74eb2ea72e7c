/** A finding on the corpus that a person looked at, and why it stands. */
export interface ReviewedFinding {
  file: string;
  line: number;
  messageId: string;
  reason: string;
}

const FASTIFY_CONSTRAINT =
  'a test fixture: the shared value of a route constraint named `secret`, sent in an `X-Secret` header; `mySecret` is a default-style placeholder given to a secret name';
const PINO_PLACEHOLDER =
  'a test fixture of log redaction: the placeholder `secret` given to a `password` field, the very value redaction must hide';

/**
 * The findings of `no-hardcoded-secrets` on the corpus of `bench/corpus.ts`
 * (about 4,500 files of installed devDependencies), each reviewed. All are
 * in test files that write credential-shaped or placeholder values on
 * purpose; the packages' own sources give none.
 */
export const REVIEWED_FINDINGS: readonly ReviewedFinding[] = [
  {
    file: 'node_modules/fastify/test/constrained-routes.test.js',
    line: 284,
    messageId: 'placeholderValue',
    reason: FASTIFY_CONSTRAINT,
  },
  {
    file: 'node_modules/fastify/test/constrained-routes.test.js',
    line: 294,
    messageId: 'placeholderValue',
    reason: FASTIFY_CONSTRAINT,
  },
  {
    file: 'node_modules/fastify/test/constrained-routes.test.js',
    line: 328,
    messageId: 'placeholderValue',
    reason: FASTIFY_CONSTRAINT,
  },
  {
    file: 'node_modules/fastify/test/constrained-routes.test.js',
    line: 338,
    messageId: 'placeholderValue',
    reason: FASTIFY_CONSTRAINT,
  },
  {
    file: 'node_modules/fastify/test/constrained-routes.test.js',
    line: 1008,
    messageId: 'placeholderValue',
    reason: FASTIFY_CONSTRAINT,
  },
  {
    file: 'node_modules/fastify/test/constrained-routes.test.js',
    line: 1018,
    messageId: 'placeholderValue',
    reason: FASTIFY_CONSTRAINT,
  },
  {
    file: 'node_modules/pino/test/browser-redaction.test.js',
    line: 21,
    messageId: 'placeholderValue',
    reason: PINO_PLACEHOLDER,
  },
  {
    file: 'node_modules/pino/test/browser-redaction.test.js',
    line: 56,
    messageId: 'hardcodedValue',
    reason:
      'a test fixture of log redaction: the weak password `secret123` written into a `password` field',
  },
  {
    file: 'node_modules/pino/test/browser-redaction.test.js',
    line: 125,
    messageId: 'placeholderValue',
    reason: PINO_PLACEHOLDER,
  },
  {
    file: 'node_modules/pino/test/browser-redaction.test.js',
    line: 144,
    messageId: 'placeholderValue',
    reason: PINO_PLACEHOLDER,
  },
  {
    file: 'node_modules/pino/test/browser-redaction.test.js',
    line: 181,
    messageId: 'placeholderValue',
    reason: PINO_PLACEHOLDER,
  },
  {
    file: 'node_modules/pino/test/browser-redaction.test.js',
    line: 199,
    messageId: 'placeholderValue',
    reason: PINO_PLACEHOLDER,
  },
  {
    file: 'node_modules/pino/test/browser-redaction.test.js',
    line: 219,
    messageId: 'placeholderValue',
    reason: PINO_PLACEHOLDER,
  },
  {
    file: 'node_modules/pino/test/redact.test.js',
    line: 902,
    messageId: 'hardcodedValue',
    reason:
      'a test fixture of log redaction: the weak password `hunter2` written into a `secret` field',
  },
];
