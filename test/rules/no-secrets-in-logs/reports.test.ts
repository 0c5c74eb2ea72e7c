import rule from '../../../rules/no-secrets-in-logs.js';
import { createRuleTester } from '../../ruleTester.js';

// Credential-shaped strings are put together at run time, so that no
// scanner takes this file for a leak.
const DB_URL = ['postgres://app', 'hunter2pass@db.internal/app'].join(':');

const ruleTester = createRuleTester();

ruleTester.run('no-secrets-in-logs: reports and suggestions', rule, {
  valid: [
    // report: at the property of a logged object
    "logger.info({ get password() { return getSecret('P'); }, toJSON() { return {}; } });",
  ],
  invalid: [
    // report: at the argument, naming the carrier
    {
      code: `
const apiKey = getSecret('API_KEY');
console.log('calling with', apiKey, 'now');`,
      errors: [
        {
          messageId: 'secretFlowInLog',
          line: 3,
          column: 29,
          endLine: 3,
          endColumn: 35,
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
function connect(url: string): string {
  return getSecret('DB_PASSWORD');
}
console.log(connect("${DB_URL}"));`,
      errors: [
        {
          messageId: 'secretFlowInLog',
          line: 5,
          column: 13,
          endLine: 5,
          endColumn: 66,
          data: {
            subject: '`connect("postgres:/…s@db.internal/app")`',
            source: "`getSecret('DB_PASSWORD')`",
            line: 3,
          },
        },
      ],
    },
    {
      code: `
const apiKey = getSecret('API_KEY');
console.log(...[apiKey]);`,
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
    // report: at the property of a logged object
    {
      code: `
const apiKey = getSecret('API_KEY');
logger.info({ apiKey, region: 'eu' }, 'calling the API');`,
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
logger.info({ region: 'eu' }, 'calling the API');`,
            },
          ],
        },
      ],
    },
    {
      code: "logger.info({ request: { id: 7, password: getSecret('DB_PASSWORD') } });",
      errors: [
        {
          messageId: 'secretInLog',
          line: 1,
          column: 33,
          endLine: 1,
          endColumn: 67,
          data: {
            subject: "`getSecret('DB_PASSWORD')`",
            reason: 'returns a secret',
          },
          suggestions: [
            {
              messageId: 'removeSecretProperty',
              data: { key: '`password`' },
              output: 'logger.info({ request: { id: 7 } });',
            },
          ],
        },
      ],
    },
    {
      code: `
const config = { token: getSecret('TOKEN') };
logger.info({ ...config, region: 'eu' });`,
      errors: [
        {
          messageId: 'secretFlowInLog',
          line: 3,
          column: 15,
          endLine: 3,
          endColumn: 24,
          data: {
            subject: '`config`',
            source: "`getSecret('TOKEN')`",
            line: 2,
          },
        },
      ],
    },
    {
      code: "logger.info({ password: input.value, tokenCount: 3, hasToken: !!token, password2: '***' });",
      errors: [
        {
          messageId: 'secretInLog',
          line: 1,
          column: 15,
          endLine: 1,
          endColumn: 36,
          data: { subject: '`password`', reason: 'is named as a secret' },
          suggestions: [
            {
              messageId: 'removeSecretProperty',
              data: { key: '`password`' },
              output:
                "logger.info({ tokenCount: 3, hasToken: !!token, password2: '***' });",
            },
          ],
        },
      ],
    },
    {
      code: `
const apiKey = getSecret('API_KEY');
logger.info({ ['api' + 'Key']: apiKey });`,
      errors: [
        {
          messageId: 'secretFlowInLog',
          line: 3,
          column: 15,
          endLine: 3,
          endColumn: 38,
          data: {
            subject: '`apiKey`',
            source: "`getSecret('API_KEY')`",
            line: 2,
          },
          suggestions: [
            {
              messageId: 'removeSecretProperty',
              data: { key: "`'api' + 'Key'`" },
              output: `
const apiKey = getSecret('API_KEY');
logger.info({});`,
            },
          ],
        },
      ],
    },
    {
      code: "logger.info({ token: getSecret('TOKEN') } as LogFields);",
      errors: [
        {
          messageId: 'secretInLog',
          line: 1,
          column: 15,
          endLine: 1,
          endColumn: 40,
          data: { subject: "`getSecret('TOKEN')`", reason: 'returns a secret' },
          suggestions: [
            {
              messageId: 'removeSecretProperty',
              data: { key: '`token`' },
              output: 'logger.info({} as LogFields);',
            },
          ],
        },
      ],
    },
    // suggestion: remove the property
    {
      code: "logger.info({ id: 1, token: getSecret('TOKEN'), region: 'eu' });",
      errors: [
        {
          messageId: 'secretInLog',
          line: 1,
          column: 22,
          endLine: 1,
          endColumn: 47,
          data: { subject: "`getSecret('TOKEN')`", reason: 'returns a secret' },
          suggestions: [
            {
              messageId: 'removeSecretProperty',
              data: { key: '`token`' },
              output: "logger.info({ id: 1, region: 'eu' });",
            },
          ],
        },
      ],
    },
    {
      code: "logger.info({ token: getSecret('TOKEN'), region: 'eu' });",
      errors: [
        {
          messageId: 'secretInLog',
          line: 1,
          column: 15,
          endLine: 1,
          endColumn: 40,
          data: { subject: "`getSecret('TOKEN')`", reason: 'returns a secret' },
          suggestions: [
            {
              messageId: 'removeSecretProperty',
              data: { key: '`token`' },
              output: "logger.info({ region: 'eu' });",
            },
          ],
        },
      ],
    },
    {
      code: "logger.info({ region: 'eu', token: getSecret('TOKEN'), });",
      errors: [
        {
          messageId: 'secretInLog',
          line: 1,
          column: 29,
          endLine: 1,
          endColumn: 54,
          data: { subject: "`getSecret('TOKEN')`", reason: 'returns a secret' },
          suggestions: [
            {
              messageId: 'removeSecretProperty',
              data: { key: '`token`' },
              output: "logger.info({ region: 'eu', });",
            },
          ],
        },
      ],
    },
    {
      code: "logger.info({ token: getSecret('TOKEN') });",
      errors: [
        {
          messageId: 'secretInLog',
          line: 1,
          column: 15,
          endLine: 1,
          endColumn: 40,
          data: { subject: "`getSecret('TOKEN')`", reason: 'returns a secret' },
          suggestions: [
            {
              messageId: 'removeSecretProperty',
              data: { key: '`token`' },
              output: 'logger.info({});',
            },
          ],
        },
      ],
    },
    {
      code: "logger.info({ token: getSecret('TOKEN') /* kept */ });",
      errors: [
        {
          messageId: 'secretInLog',
          line: 1,
          column: 15,
          endLine: 1,
          endColumn: 40,
          data: { subject: "`getSecret('TOKEN')`", reason: 'returns a secret' },
          suggestions: [
            {
              messageId: 'removeSecretProperty',
              data: { key: '`token`' },
              output: 'logger.info({  /* kept */ });',
            },
          ],
        },
      ],
    },
    {
      code: `
logger.info({
  token: getSecret('TOKEN'), // the API token
  region: 'eu',
});`,
      errors: [
        {
          messageId: 'secretInLog',
          line: 3,
          column: 3,
          endLine: 3,
          endColumn: 28,
          data: { subject: "`getSecret('TOKEN')`", reason: 'returns a secret' },
          suggestions: [
            {
              messageId: 'removeSecretProperty',
              data: { key: '`token`' },
              output: `
logger.info({
  // the API token
  region: 'eu',
});`,
            },
          ],
        },
      ],
    },
    // suggestion: replace the secret part of a template literal
    {
      code: `
const apiKey = getSecret('API_KEY');
console.log(\`calling \${url} with \${apiKey}\`);`,
      errors: [
        {
          messageId: 'secretFlowInLog',
          line: 3,
          column: 13,
          endLine: 3,
          endColumn: 44,
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
console.log(\`calling \${url} with [REDACTED]\`);`,
            },
          ],
        },
      ],
    },
    {
      code: `
const apiKey = getSecret('API_KEY');
console.log(\`key \${ apiKey } and \${(apiKey)}!\`);`,
      errors: [
        {
          messageId: 'secretFlowInLog',
          line: 3,
          column: 13,
          endLine: 3,
          endColumn: 47,
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
console.log(\`key [REDACTED] and [REDACTED]!\`);`,
            },
          ],
        },
      ],
    },
    {
      code: `console.log(\`connecting to ${DB_URL}\`);`,
      errors: [
        {
          messageId: 'secretInLog',
          line: 1,
          column: 13,
          endLine: 1,
          endColumn: 71,
          data: { subject: '`hu…ss`', reason: 'is a hardcoded secret' },
        },
      ],
    },
  ],
});
