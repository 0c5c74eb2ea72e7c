import rule from '../../../rules/no-secrets-in-logs.js';
import { createRuleTester } from '../../ruleTester.js';

const ruleTester = createRuleTester();

ruleTester.run('no-secrets-in-logs: propagation', rule, {
  valid: [
    // flow: declarations and assignments, in source order
    `
let message = 'starting';
console.log(message);
message = getSecret('API_KEY');`,
    // flow: destructuring, by field
    `
for (const name in { token: getSecret('A') }) {
  console.log(name);
}`,
    // flow: objects, arrays and spread
    `
const options = { retries: 3 };
options.timeout = 10;
console.log(options);`,
  ],
  invalid: [
    // flow: declarations and assignments, in source order
    {
      code: `
let message = 'starting';
message = getSecret('API_KEY');
console.log(message);`,
      errors: [
        {
          messageId: 'secretFlowInLog',
          line: 4,
          column: 13,
          endLine: 4,
          endColumn: 20,
          data: {
            subject: '`message`',
            source: "`getSecret('API_KEY')`",
            line: 3,
          },
        },
      ],
    },
    {
      code: `
let message = getSecret('API_KEY');
message += '!';
console.log(message);`,
      errors: [
        {
          messageId: 'secretFlowInLog',
          line: 4,
          column: 13,
          endLine: 4,
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
let apiKey;
function report(): void {
  console.log(apiKey);
}
apiKey = getSecret('API_KEY');`,
      errors: [
        {
          messageId: 'secretFlowInLog',
          line: 4,
          column: 15,
          endLine: 4,
          endColumn: 21,
          data: {
            subject: '`apiKey`',
            source: "`getSecret('API_KEY')`",
            line: 6,
          },
        },
      ],
    },
    {
      code: `
const first = getSecret('API_KEY');
const second = first;
const third = second;
console.log(third);`,
      errors: [
        {
          messageId: 'secretFlowInLog',
          line: 5,
          column: 13,
          endLine: 5,
          endColumn: 18,
          data: {
            subject: '`third`',
            source: "`getSecret('API_KEY')`",
            line: 2,
          },
        },
      ],
    },
    // Limitation: writes are unioned, so a later reassignment does not clear a secret
    {
      code: `
let value;
value = getSecret('API_KEY');
value = 'reset';
console.log(value);`,
      errors: [
        {
          messageId: 'secretFlowInLog',
          line: 5,
          column: 13,
          endLine: 5,
          endColumn: 18,
          data: {
            subject: '`value`',
            source: "`getSecret('API_KEY')`",
            line: 3,
          },
        },
      ],
    },
    // flow: destructuring, by field
    {
      code: `
const config = loadConfig();
const { port, apiKey } = config;
console.log(port);
console.log(apiKey);
function loadConfig() {
  return { port: 8080, apiKey: getSecret('API_KEY') };
}`,
      errors: [
        {
          messageId: 'secretFlowInLog',
          line: 5,
          column: 13,
          endLine: 5,
          endColumn: 19,
          data: {
            subject: '`apiKey`',
            source: "`getSecret('API_KEY')`",
            line: 7,
          },
        },
      ],
    },
    {
      code: `
const settings = { db: { url: getSecret('DB_URL'), pool: 5 } };
const { db: { url, pool } } = settings;
console.log(url, pool);`,
      errors: [
        {
          messageId: 'secretFlowInLog',
          line: 4,
          column: 13,
          endLine: 4,
          endColumn: 16,
          data: { subject: '`url`', source: "`getSecret('DB_URL')`", line: 2 },
        },
      ],
    },
    {
      code: `
const [first, second] = [getSecret('A'), 'b'];
console.log(first);`,
      errors: [
        {
          messageId: 'secretFlowInLog',
          line: 3,
          column: 13,
          endLine: 3,
          endColumn: 18,
          data: { subject: '`first`', source: "`getSecret('A')`", line: 2 },
        },
      ],
    },
    {
      code: `
for (const key of [getSecret('A'), getSecret('B')]) {
  console.log(key);
}`,
      errors: [
        {
          messageId: 'secretFlowInLog',
          line: 3,
          column: 15,
          endLine: 3,
          endColumn: 18,
          data: { subject: '`key`', source: "`getSecret('A')`", line: 2 },
        },
      ],
    },
    {
      code: `
const { apiKey = getSecret('API_KEY') } = options;
console.log(apiKey);`,
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
let url: string;
({ url } = { url: getSecret('DB_URL') });
console.log(url);`,
      errors: [
        {
          messageId: 'secretFlowInLog',
          line: 4,
          column: 13,
          endLine: 4,
          endColumn: 16,
          data: { subject: '`url`', source: "`getSecret('DB_URL')`", line: 3 },
        },
      ],
    },
    // flow: expressions
    {
      code: `
const apiKey = getSecret('API_KEY');
console.log('key: ' + apiKey);`,
      errors: [
        {
          messageId: 'secretFlowInLog',
          line: 3,
          column: 13,
          endLine: 3,
          endColumn: 29,
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
const apiKey = getSecret('API_KEY');
console.log([apiKey, 1]);`,
      errors: [
        {
          messageId: 'secretFlowInLog',
          line: 3,
          column: 13,
          endLine: 3,
          endColumn: 24,
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
const apiKey = getSecret('API_KEY');
console.log(apiKey ?? 'none', apiKey || 'none', ready && apiKey, ready ? apiKey : 'none');`,
      errors: [
        {
          messageId: 'secretFlowInLog',
          line: 3,
          column: 13,
          endLine: 3,
          endColumn: 29,
          data: {
            subject: '`apiKey`',
            source: "`getSecret('API_KEY')`",
            line: 2,
          },
        },
        {
          messageId: 'secretFlowInLog',
          line: 3,
          column: 31,
          endLine: 3,
          endColumn: 47,
          data: {
            subject: '`apiKey`',
            source: "`getSecret('API_KEY')`",
            line: 2,
          },
        },
        {
          messageId: 'secretFlowInLog',
          line: 3,
          column: 49,
          endLine: 3,
          endColumn: 64,
          data: {
            subject: '`apiKey`',
            source: "`getSecret('API_KEY')`",
            line: 2,
          },
        },
        {
          messageId: 'secretFlowInLog',
          line: 3,
          column: 66,
          endLine: 3,
          endColumn: 89,
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
async function start(): Promise<void> {
  const apiKey = await getSecret('API_KEY');
  console.log(apiKey);
}`,
      errors: [
        {
          messageId: 'secretFlowInLog',
          line: 4,
          column: 15,
          endLine: 4,
          endColumn: 21,
          data: {
            subject: '`apiKey`',
            source: "`getSecret('API_KEY')`",
            line: 3,
          },
        },
      ],
    },
    {
      code: "console.log((0, getSecret('API_KEY')));",
      errors: [
        {
          messageId: 'secretInLog',
          line: 1,
          column: 14,
          endLine: 1,
          endColumn: 37,
          data: {
            subject: "`getSecret('API_KEY')`",
            reason: 'returns a secret',
          },
        },
      ],
    },
    {
      code: `
const apiKey = getSecret('API_KEY');
console.log(apiKey as string, apiKey!, apiKey satisfies string);`,
      errors: [
        {
          messageId: 'secretFlowInLog',
          line: 3,
          column: 13,
          endLine: 3,
          endColumn: 29,
          data: {
            subject: '`apiKey`',
            source: "`getSecret('API_KEY')`",
            line: 2,
          },
        },
        {
          messageId: 'secretFlowInLog',
          line: 3,
          column: 31,
          endLine: 3,
          endColumn: 38,
          data: {
            subject: '`apiKey`',
            source: "`getSecret('API_KEY')`",
            line: 2,
          },
        },
        {
          messageId: 'secretFlowInLog',
          line: 3,
          column: 40,
          endLine: 3,
          endColumn: 63,
          data: {
            subject: '`apiKey`',
            source: "`getSecret('API_KEY')`",
            line: 2,
          },
        },
      ],
    },
    {
      code: "console.log(getSecret?.('API_KEY'));",
      errors: [
        {
          messageId: 'secretInLog',
          line: 1,
          column: 13,
          endLine: 1,
          endColumn: 35,
          data: {
            subject: "`getSecret?.('API_KEY')`",
            reason: 'returns a secret',
          },
        },
      ],
    },
    {
      code: `
let cached;
console.log((cached = getSecret('API_KEY')));`,
      errors: [
        {
          messageId: 'secretInLog',
          line: 3,
          column: 14,
          endLine: 3,
          endColumn: 43,
          data: {
            subject: "`getSecret('API_KEY')`",
            reason: 'returns a secret',
          },
        },
      ],
    },
    // flow: objects, arrays and spread
    {
      code: `
const apiKey = getSecret('API_KEY');
const request = { url: '/v1', apiKey };
console.log(request);`,
      errors: [
        {
          messageId: 'secretFlowInLog',
          line: 4,
          column: 13,
          endLine: 4,
          endColumn: 20,
          data: {
            subject: '`request`',
            source: "`getSecret('API_KEY')`",
            line: 2,
          },
        },
      ],
    },
    {
      code: `
const base = { apiKey: getSecret('API_KEY') };
const request = { ...base, url: '/v1' };
console.log(request, request.url);`,
      errors: [
        {
          messageId: 'secretFlowInLog',
          line: 4,
          column: 13,
          endLine: 4,
          endColumn: 20,
          data: {
            subject: '`request`',
            source: "`getSecret('API_KEY')`",
            line: 2,
          },
        },
      ],
    },
    {
      code: `
const keys = [getSecret('A')];
const all = [...keys, 'b'];
console.log(all);`,
      errors: [
        {
          messageId: 'secretFlowInLog',
          line: 4,
          column: 13,
          endLine: 4,
          endColumn: 16,
          data: { subject: '`all`', source: "`getSecret('A')`", line: 2 },
        },
      ],
    },
    {
      code: `
const headers: Record<string, string> = {};
headers.Authorization = \`Bearer \${getSecret('API_KEY')}\`;
console.log(headers);`,
      errors: [
        {
          messageId: 'secretFlowInLog',
          line: 4,
          column: 13,
          endLine: 4,
          endColumn: 20,
          data: {
            subject: '`headers`',
            source: "`getSecret('API_KEY')`",
            line: 3,
          },
        },
      ],
    },
    {
      code: `
const bag = {};
bag[key] = getSecret('API_KEY');
console.log(bag);`,
      errors: [
        {
          messageId: 'secretFlowInLog',
          line: 4,
          column: 13,
          endLine: 4,
          endColumn: 16,
          data: { subject: '`bag`', source: "`getSecret('API_KEY')`", line: 3 },
        },
      ],
    },
  ],
});
