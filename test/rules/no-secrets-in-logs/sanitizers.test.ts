import rule from '../../../rules/no-secrets-in-logs.js';
import { createRuleTester } from '../../ruleTester.js';

const ruleTester = createRuleTester();

ruleTester.run('no-secrets-in-logs: sanitizers', rule, {
  valid: [
    // sanitizer: the configured redactor
    {
      code: `
const apiKey = getSecret('API_KEY');
console.log(redact(apiKey));`,
      settings: { 'secret-hygiene': { redactor: { name: 'redact' } } },
    },
    {
      code: `
import { redact as mask } from './redact';
const apiKey = getSecret('API_KEY');
console.log(mask(apiKey));`,
      settings: { 'secret-hygiene': { redactor: { name: 'redact' } } },
    },
    {
      code: `
function redact(value: string): string {
  return value.replace(/./gu, '*');
}
console.log(redact(getSecret('API_KEY')));`,
      settings: { 'secret-hygiene': { redactor: { name: 'redact' } } },
    },
    {
      code: `
const token = redact(rawToken);
console.log(token);`,
      settings: { 'secret-hygiene': { redactor: { name: 'redact' } } },
    },
    // sanitizer: hashing
    `
import { createHash } from 'node:crypto';
const apiKey = getSecret('API_KEY');
console.log(createHash('sha256').update(apiKey).digest('hex'));`,
    `
const password = bcrypt.hashSync(input, 10);
console.log(password);`,
    `
const apiKey = getSecret('API_KEY');
console.log(hash(apiKey));`,
    // sanitizer: measures, types, booleans and comparisons
    `
const apiKey = getSecret('API_KEY');
console.log(apiKey.length, typeof apiKey, Boolean(apiKey), !!apiKey);`,
    `
const apiKey = getSecret('API_KEY');
console.log(apiKey === expected, apiKey !== undefined, apiKey.length > 10);`,
    `
const apiKey = getSecret('API_KEY');
console.log(apiKey ? 'set' : 'missing');`,
    `
const apiKey = getSecret('API_KEY');
console.log(apiKey.startsWith('sk_'));`,
    // sanitizer: a short prefix
    `
const apiKey = getSecret('API_KEY');
console.log(apiKey.slice(0, 4), apiKey.substring(0, 6) + '…', apiKey.substr(0, 8));`,
    // sanitizer: values that clear a secret name
    `
let token = null;
console.log(token);`,
    `
let password = '';
console.log(password);`,
    `
const token = session.token.length;
console.log(token);`,
    `
const apiKey = raw ? '[set]' : '[missing]';
console.log(apiKey);`,
    `
const token = raw.slice(0, 4) + '…';
console.log(token);`,
    `
const token = () => fetchToken();
console.log(token);`,
    `
class Session {
  token = 0;
  show(): void {
    console.log(this.token);
  }
}`,
    `
function Login(): void {}
console.log(Login, getToken);
function getToken(): void {}`,
  ],
  invalid: [
    // sanitizer: the configured redactor
    {
      code: `
function redact(value: string): string {
  return value.replace(/./gu, '*');
}
console.log(redact(getSecret('API_KEY')));`,
      errors: [
        {
          messageId: 'secretInLog',
          line: 5,
          column: 13,
          endLine: 5,
          endColumn: 41,
          data: {
            subject: "`getSecret('API_KEY')`",
            reason: 'returns a secret',
          },
        },
      ],
    },
    {
      code: `
const token = redact(rawToken);
console.log(token);`,
      errors: [
        {
          messageId: 'secretInLog',
          line: 3,
          column: 13,
          endLine: 3,
          endColumn: 18,
          data: { subject: '`token`', reason: 'is named as a secret' },
        },
      ],
    },
    // sanitizer: measures, types, booleans and comparisons
    {
      code: `
const apiKey = getSecret('API_KEY');
console.log(apiKey ? apiKey : 'missing');`,
      errors: [
        {
          messageId: 'secretFlowInLog',
          line: 3,
          column: 13,
          endLine: 3,
          endColumn: 40,
          data: {
            subject: '`apiKey`',
            source: "`getSecret('API_KEY')`",
            line: 2,
          },
        },
      ],
    },
    // sanitizer: a short prefix
    {
      code: `
const apiKey = getSecret('API_KEY');
console.log(apiKey.slice(0, 20));`,
      errors: [
        {
          messageId: 'secretFlowInLog',
          line: 3,
          column: 13,
          endLine: 3,
          endColumn: 32,
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
const authorization = getSecret('AUTHORIZATION');
console.log(authorization.slice(7));`,
      errors: [
        {
          messageId: 'secretFlowInLog',
          line: 3,
          column: 13,
          endLine: 3,
          endColumn: 35,
          data: {
            subject: '`authorization`',
            source: "`getSecret('AUTHORIZATION')`",
            line: 2,
          },
        },
      ],
    },
    // sanitizer: values that clear a secret name
    {
      code: `
let token = '';
token = await fetchToken();
console.log(token);`,
      errors: [
        {
          messageId: 'secretInLog',
          line: 4,
          column: 13,
          endLine: 4,
          endColumn: 18,
          data: { subject: '`token`', reason: 'is named as a secret' },
        },
      ],
    },
    {
      code: `
class Session {
  token = fetchToken();
  show(): void {
    console.log(this.token);
  }
}`,
      errors: [
        {
          messageId: 'secretInLog',
          line: 5,
          column: 17,
          endLine: 5,
          endColumn: 27,
          data: { subject: '`this.token`', reason: 'is named as a secret' },
        },
      ],
    },
  ],
});
