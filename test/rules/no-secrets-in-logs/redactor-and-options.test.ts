import rule from '../../../rules/no-secrets-in-logs.js';
import { createRuleTester } from '../../ruleTester.js';

const ruleTester = createRuleTester();

ruleTester.run('no-secrets-in-logs: the redactor and options', rule, {
  valid: [
    // option: allowSecretNames
    {
      code: `
function login(password: string): void {
  console.log(password, user.token);
}`,
      options: [{ allowSecretNames: true }],
    },
    {
      code: 'logger.info({ password: input });',
      options: [{ allowSecretNames: true }],
    },
  ],
  invalid: [
    // suggestion: wrap in the redactor
    {
      code: `
const apiKey = getSecret('API_KEY');
console.log(apiKey);`,
      settings: {
        'secret-hygiene': {
          redactor: { name: 'redact', module: './src/redact' },
        },
      },
      errors: [
        {
          messageId: 'secretFlowInLog',
          line: 3,
          column: 13,
          endLine: 3,
          endColumn: 19,
          data: {
            subject: '`apiKey`',
            source: "`getSecret('API_KEY')`",
            line: 2,
          },
          suggestions: [
            {
              messageId: 'wrapInRedactor',
              data: { redactor: '`redact()`' },
              output: `
import { redact } from './src/redact';
const apiKey = getSecret('API_KEY');
console.log(redact(apiKey));`,
            },
          ],
        },
      ],
    },
    {
      code: `
import { redact as hide } from './redact';
const apiKey = getSecret('API_KEY');
console.log(apiKey);`,
      settings: {
        'secret-hygiene': {
          redactor: { name: 'redact', module: './src/redact' },
        },
      },
      errors: [
        {
          messageId: 'secretFlowInLog',
          line: 4,
          column: 13,
          endLine: 4,
          endColumn: 19,
          data: {
            subject: '`apiKey`',
            source: "`getSecret('API_KEY')`",
            line: 3,
          },
          suggestions: [
            {
              messageId: 'wrapInRedactor',
              data: { redactor: '`hide()`' },
              output: `
import { redact as hide } from './redact';
const apiKey = getSecret('API_KEY');
console.log(hide(apiKey));`,
            },
          ],
        },
      ],
    },
    {
      code: `
import { format } from './redact';
const apiKey = getSecret('API_KEY');
console.log(apiKey);`,
      settings: {
        'secret-hygiene': {
          redactor: { name: 'redact', module: './src/redact' },
        },
      },
      filename: 'src/app.ts',
      errors: [
        {
          messageId: 'secretFlowInLog',
          line: 4,
          column: 13,
          endLine: 4,
          endColumn: 19,
          data: {
            subject: '`apiKey`',
            source: "`getSecret('API_KEY')`",
            line: 3,
          },
          suggestions: [
            {
              messageId: 'wrapInRedactor',
              data: { redactor: '`redact()`' },
              output: `
import { format, redact } from './redact';
const apiKey = getSecret('API_KEY');
console.log(redact(apiKey));`,
            },
          ],
        },
      ],
    },
    {
      code: `
const apiKey = getSecret('API_KEY');
console.log(apiKey);`,
      settings: {
        'secret-hygiene': {
          redactor: { name: 'redact', module: './src/redact' },
        },
      },
      filename: 'src/app.cjs',
      errors: [
        {
          messageId: 'secretFlowInLog',
          line: 3,
          column: 13,
          endLine: 3,
          endColumn: 19,
          data: {
            subject: '`apiKey`',
            source: "`getSecret('API_KEY')`",
            line: 2,
          },
          suggestions: [
            {
              messageId: 'wrapInRedactor',
              data: { redactor: '`redact()`' },
              output: `
const { redact } = require('./redact');
const apiKey = getSecret('API_KEY');
console.log(redact(apiKey));`,
            },
          ],
        },
      ],
    },
    {
      code: `
const apiKey = getSecret('API_KEY');
console.log(apiKey);`,
      settings: { 'secret-hygiene': { redactor: { name: 'redact' } } },
      errors: [
        {
          messageId: 'secretFlowInLog',
          line: 3,
          column: 13,
          endLine: 3,
          endColumn: 19,
          data: {
            subject: '`apiKey`',
            source: "`getSecret('API_KEY')`",
            line: 2,
          },
        },
      ],
    },
    {
      code: `
function redact(value: string): string {
  return '***';
}
const apiKey = getSecret('API_KEY');
console.log(apiKey);`,
      settings: { 'secret-hygiene': { redactor: { name: 'redact' } } },
      errors: [
        {
          messageId: 'secretFlowInLog',
          line: 6,
          column: 13,
          endLine: 6,
          endColumn: 19,
          data: {
            subject: '`apiKey`',
            source: "`getSecret('API_KEY')`",
            line: 5,
          },
          suggestions: [
            {
              messageId: 'wrapInRedactor',
              data: { redactor: '`redact()`' },
              output: `
function redact(value: string): string {
  return '***';
}
const apiKey = getSecret('API_KEY');
console.log(redact(apiKey));`,
            },
          ],
        },
      ],
    },
    {
      code: `
const apiKey = getSecret('API_KEY');
logger.info({ apiKey, region: 'eu' });`,
      settings: {
        'secret-hygiene': {
          redactor: { name: 'redact', module: './src/redact' },
        },
      },
      errors: [
        {
          messageId: 'secretFlowInLog',
          line: 3,
          column: 15,
          endLine: 3,
          endColumn: 21,
          data: {
            subject: '`apiKey`',
            source: "`getSecret('API_KEY')`",
            line: 2,
          },
          suggestions: [
            {
              messageId: 'removeSecretProperty',
              data: { key: '`apiKey`' },
              output: `
const apiKey = getSecret('API_KEY');
logger.info({ region: 'eu' });`,
            },
            {
              messageId: 'wrapInRedactor',
              data: { redactor: '`redact()`' },
              output: `
import { redact } from './src/redact';
const apiKey = getSecret('API_KEY');
logger.info({ apiKey: redact(apiKey), region: 'eu' });`,
            },
          ],
        },
      ],
    },
    {
      code: `
const apiKey = getSecret('API_KEY');
logger.info({ key: apiKey });`,
      settings: {
        'secret-hygiene': {
          redactor: { name: 'redact', module: './src/redact' },
        },
      },
      errors: [
        {
          messageId: 'secretFlowInLog',
          line: 3,
          column: 15,
          endLine: 3,
          endColumn: 26,
          data: {
            subject: '`apiKey`',
            source: "`getSecret('API_KEY')`",
            line: 2,
          },
          suggestions: [
            {
              messageId: 'removeSecretProperty',
              data: { key: '`key`' },
              output: `
const apiKey = getSecret('API_KEY');
logger.info({});`,
            },
            {
              messageId: 'wrapInRedactor',
              data: { redactor: '`redact()`' },
              output: `
import { redact } from './src/redact';
const apiKey = getSecret('API_KEY');
logger.info({ key: redact(apiKey) });`,
            },
          ],
        },
      ],
    },
    {
      code: `
const apiKey = getSecret('API_KEY');
console.log(\`key \${apiKey}\`);`,
      settings: {
        'secret-hygiene': {
          redactor: { name: 'redact', module: './src/redact' },
        },
      },
      errors: [
        {
          messageId: 'secretFlowInLog',
          line: 3,
          column: 13,
          endLine: 3,
          endColumn: 28,
          data: {
            subject: '`apiKey`',
            source: "`getSecret('API_KEY')`",
            line: 2,
          },
          suggestions: [
            {
              messageId: 'redactTemplatePart',
              output: `
const apiKey = getSecret('API_KEY');
console.log(\`key [REDACTED]\`);`,
            },
            {
              messageId: 'wrapInRedactor',
              data: { redactor: '`redact()`' },
              output: `
import { redact } from './src/redact';
const apiKey = getSecret('API_KEY');
console.log(redact(\`key \${apiKey}\`));`,
            },
          ],
        },
      ],
    },
    {
      code: `
const apiKey = getSecret('API_KEY');
console.log((0, apiKey));`,
      settings: {
        'secret-hygiene': {
          redactor: { name: 'redact', module: './src/redact' },
        },
      },
      errors: [
        {
          messageId: 'secretFlowInLog',
          line: 3,
          column: 14,
          endLine: 3,
          endColumn: 23,
          data: {
            subject: '`apiKey`',
            source: "`getSecret('API_KEY')`",
            line: 2,
          },
          suggestions: [
            {
              messageId: 'wrapInRedactor',
              data: { redactor: '`redact()`' },
              output: `
import { redact } from './src/redact';
const apiKey = getSecret('API_KEY');
console.log((redact((0, apiKey))));`,
            },
          ],
        },
      ],
    },
    // option: allowSecretNames
    {
      code: "console.log(getSecret('API_KEY'), process.env.DB_PASSWORD);",
      options: [{ allowSecretNames: true }],
      errors: [
        {
          messageId: 'secretInLog',
          line: 1,
          column: 13,
          endLine: 1,
          endColumn: 33,
          data: {
            subject: "`getSecret('API_KEY')`",
            reason: 'returns a secret',
          },
        },
        {
          messageId: 'secretInLog',
          line: 1,
          column: 35,
          endLine: 1,
          endColumn: 58,
          data: {
            subject: '`process.env.DB_PASSWORD`',
            reason: 'reads a secret environment variable',
          },
        },
      ],
    },
    {
      code: `
const message = password + getSecret('API_KEY');
console.log(message);`,
      options: [{ allowSecretNames: true }],
      errors: [
        {
          messageId: 'secretFlowInLog',
          line: 3,
          column: 13,
          endLine: 3,
          endColumn: 20,
          data: {
            subject: '`message`',
            source: "`getSecret('API_KEY')`",
            line: 2,
          },
        },
      ],
    },
    {
      code: `
function login(password: string): void {
  console.log(password);
}`,
      options: [{ allowSecretNames: false }],
      errors: [
        {
          messageId: 'secretInLog',
          line: 3,
          column: 15,
          endLine: 3,
          endColumn: 23,
          data: { subject: '`password`', reason: 'is named as a secret' },
        },
      ],
    },
  ],
});
