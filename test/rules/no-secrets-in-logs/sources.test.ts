import rule from '../../../rules/no-secrets-in-logs.js';
import { createRuleTester } from '../../ruleTester.js';

// Credential-shaped strings are put together at run time, so that no
// scanner takes this file for a leak.
const DB_URL = ['postgres://app', 'hunter2pass@db.internal/app'].join(':');
const PASSWORD = 'hunter2' + 'pass';

const ruleTester = createRuleTester();

ruleTester.run('no-secrets-in-logs: sources', rule, {
  valid: [
    // source: the accessor
    {
      code: 'console.log(getSecret("DB_PASSWORD"));',
      settings: { 'secret-hygiene': { accessor: { name: 'readSecret' } } },
    },
    // source: environment reads
    'console.log(process.env.PORT, process.env.NODE_ENV);',
    'console.log(process.env[name]);',
    `
const copy = { ...process.env };
console.log(copy.PORT);`,
    // source: secret names
    'console.log(user.passwordLabel, tokenCount, user.name);',
    // source: hardcoded secrets
    `
const password = "changeme";
console.log(password);`,
    'console.log("Connecting to the database");',
    // source: request headers
    "console.log(req.headers['content-type'], req.headers.host);",
    'console.log(request.headers.get("accept"));',
    // source: objects that hold secrets
    `
const db = { host: 'localhost', password: getSecret('DB_PASSWORD') };
console.log(db.host);`,
    `
const { password, ...profile } = getUser();
console.log(profile);`,
  ],
  invalid: [
    // source: the accessor
    {
      code: 'console.log(getSecret("DB_PASSWORD"));',
      errors: [
        {
          messageId: 'secretInLog',
          line: 1,
          column: 13,
          endLine: 1,
          endColumn: 37,
          data: {
            subject: '`getSecret("DB_PASSWORD")`',
            reason: 'returns a secret',
          },
        },
      ],
    },
    {
      code: `
const dbPassword = getSecret("DB_PASSWORD");
console.log(dbPassword);`,
      errors: [
        {
          messageId: 'secretFlowInLog',
          line: 3,
          column: 13,
          endLine: 3,
          endColumn: 23,
          data: {
            subject: '`dbPassword`',
            source: '`getSecret("DB_PASSWORD")`',
            line: 2,
          },
        },
      ],
    },
    {
      code: 'console.log(secrets.getSecret("DB_PASSWORD"));',
      errors: [
        {
          messageId: 'secretInLog',
          line: 1,
          column: 13,
          endLine: 1,
          endColumn: 45,
          data: {
            subject: '`secrets.getSecret("DB_PASSWORD")`',
            reason: 'returns a secret',
          },
        },
      ],
    },
    {
      code: `
import { getSecret as secret } from "./secrets";
console.log(secret("DB_PASSWORD"));`,
      errors: [
        {
          messageId: 'secretInLog',
          line: 3,
          column: 13,
          endLine: 3,
          endColumn: 34,
          data: {
            subject: '`secret("DB_PASSWORD")`',
            reason: 'returns a secret',
          },
        },
      ],
    },
    {
      code: 'console.log(readSecret("DB_PASSWORD"));',
      settings: { 'secret-hygiene': { accessor: { name: 'readSecret' } } },
      errors: [
        {
          messageId: 'secretInLog',
          line: 1,
          column: 13,
          endLine: 1,
          endColumn: 38,
          data: {
            subject: '`readSecret("DB_PASSWORD")`',
            reason: 'returns a secret',
          },
        },
      ],
    },
    // source: the sources setting
    {
      code: 'console.log(vault.read("db"), fetchSecret("api"));',
      settings: {
        'secret-hygiene': { sources: ['vault.read', 'fetchSecret'] },
      },
      errors: [
        {
          messageId: 'secretInLog',
          line: 1,
          column: 13,
          endLine: 1,
          endColumn: 29,
          data: { subject: '`vault.read("db")`', reason: 'returns a secret' },
        },
        {
          messageId: 'secretInLog',
          line: 1,
          column: 31,
          endLine: 1,
          endColumn: 49,
          data: { subject: '`fetchSecret("api")`', reason: 'returns a secret' },
        },
      ],
    },
    {
      code: 'console.log(cache.read("db"), vault.fetchSecret("api"));',
      settings: {
        'secret-hygiene': { sources: ['vault.read', 'fetchSecret'] },
      },
      errors: [
        {
          messageId: 'secretInLog',
          line: 1,
          column: 31,
          endLine: 1,
          endColumn: 55,
          data: {
            subject: '`vault.fetchSecret("api")`',
            reason: 'returns a secret',
          },
        },
      ],
    },
    // source: environment reads
    {
      code: 'console.log(process.env.DB_PASSWORD);',
      errors: [
        {
          messageId: 'secretInLog',
          line: 1,
          column: 13,
          endLine: 1,
          endColumn: 36,
          data: {
            subject: '`process.env.DB_PASSWORD`',
            reason: 'reads a secret environment variable',
          },
        },
      ],
    },
    {
      code: 'console.log(process.env);',
      errors: [
        {
          messageId: 'secretInLog',
          line: 1,
          column: 13,
          endLine: 1,
          endColumn: 24,
          data: {
            subject: '`process.env`',
            reason: 'holds the whole environment, secrets included',
          },
        },
      ],
    },
    {
      code: `
const { DB_PASSWORD, PORT } = process.env;
console.log(DB_PASSWORD, PORT);`,
      errors: [
        {
          messageId: 'secretFlowInLog',
          line: 3,
          column: 13,
          endLine: 3,
          endColumn: 24,
          data: {
            subject: '`DB_PASSWORD`',
            source: '`process.env.DB_PASSWORD`',
            line: 2,
          },
        },
      ],
    },
    {
      code: `
const env = process.env;
console.log(env.API_TOKEN);`,
      errors: [
        {
          messageId: 'secretInLog',
          line: 3,
          column: 13,
          endLine: 3,
          endColumn: 26,
          data: {
            subject: '`env.API_TOKEN`',
            reason: 'reads a secret environment variable',
          },
        },
      ],
    },
    {
      code: 'console.log(import.meta.env.VITE_API_KEY);',
      errors: [
        {
          messageId: 'secretInLog',
          line: 1,
          column: 13,
          endLine: 1,
          endColumn: 41,
          data: {
            subject: '`import.meta.env.VITE_API_KEY`',
            reason: 'reads a secret environment variable',
          },
        },
      ],
    },
    {
      code: 'console.log(Bun.env.STRIPE_SECRET_KEY);',
      errors: [
        {
          messageId: 'secretInLog',
          line: 1,
          column: 13,
          endLine: 1,
          endColumn: 38,
          data: {
            subject: '`Bun.env.STRIPE_SECRET_KEY`',
            reason: 'reads a secret environment variable',
          },
        },
      ],
    },
    {
      code: 'console.log(Deno.env.get("GITHUB_TOKEN"));',
      errors: [
        {
          messageId: 'secretInLog',
          line: 1,
          column: 13,
          endLine: 1,
          endColumn: 41,
          data: {
            subject: '`Deno.env.get("GITHUB_TOKEN")`',
            reason: 'reads a secret environment variable',
          },
        },
      ],
    },
    {
      code: `
const { ...all } = process.env;
console.log(all);`,
      errors: [
        {
          messageId: 'secretFlowInLog',
          line: 3,
          column: 13,
          endLine: 3,
          endColumn: 16,
          data: { subject: '`all`', source: '`process.env`', line: 2 },
        },
      ],
    },
    {
      code: `
const copy = { ...process.env };
console.log(copy);`,
      errors: [
        {
          messageId: 'secretFlowInLog',
          line: 3,
          column: 13,
          endLine: 3,
          endColumn: 17,
          data: { subject: '`copy`', source: '`process.env`', line: 2 },
        },
      ],
    },
    // source: secret names
    {
      code: `
function login(password: string): void {
  console.log(password);
}`,
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
    {
      code: 'console.log(user.password);',
      errors: [
        {
          messageId: 'secretInLog',
          line: 1,
          column: 13,
          endLine: 1,
          endColumn: 26,
          data: { subject: '`user.password`', reason: 'is named as a secret' },
        },
      ],
    },
    {
      code: `
class Client {
  apiKey = getSecret('API_KEY');
  send(): void {
    console.log(this.apiKey);
  }
}`,
      errors: [
        {
          messageId: 'secretFlowInLog',
          line: 5,
          column: 17,
          endLine: 5,
          endColumn: 28,
          data: {
            subject: '`this.apiKey`',
            source: "`getSecret('API_KEY')`",
            line: 3,
          },
        },
      ],
    },
    {
      code: `
class Client {
  constructor(private readonly token: string) {}
  send(): void {
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
    {
      code: `
import { apiKey } from './config';
console.log(apiKey);`,
      errors: [
        {
          messageId: 'secretInLog',
          line: 3,
          column: 13,
          endLine: 3,
          endColumn: 19,
          data: { subject: '`apiKey`', reason: 'is named as a secret' },
        },
      ],
    },
    {
      code: `
let token = fetchToken();
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
    // source: hardcoded secrets
    {
      code: `console.log("${DB_URL}");`,
      errors: [
        {
          messageId: 'secretInLog',
          line: 1,
          column: 13,
          endLine: 1,
          endColumn: 57,
          data: { subject: '`hu…ss`', reason: 'is a hardcoded secret' },
        },
      ],
    },
    {
      code: `
const password = "${PASSWORD}";
console.log(password);`,
      errors: [
        {
          messageId: 'secretFlowInLog',
          line: 3,
          column: 13,
          endLine: 3,
          endColumn: 21,
          data: {
            subject: '`password`',
            source: 'the hardcoded secret `hu…ss`',
            line: 2,
          },
        },
      ],
    },
    // source: request headers
    {
      code: `
function handle(req: Request): void {
  console.log(req.headers);
}`,
      errors: [
        {
          messageId: 'secretInLog',
          line: 3,
          column: 15,
          endLine: 3,
          endColumn: 26,
          data: {
            subject: '`req.headers`',
            reason: 'carries request credentials',
          },
        },
      ],
    },
    {
      code: 'console.log(req.headers.authorization);',
      errors: [
        {
          messageId: 'secretInLog',
          line: 1,
          column: 13,
          endLine: 1,
          endColumn: 38,
          data: {
            subject: '`req.headers.authorization`',
            reason: 'carries request credentials',
          },
        },
      ],
    },
    {
      code: "console.log(req.headers['x-api-key']);",
      errors: [
        {
          messageId: 'secretInLog',
          line: 1,
          column: 13,
          endLine: 1,
          endColumn: 37,
          data: {
            subject: "`req.headers['x-api-key']`",
            reason: 'carries request credentials',
          },
        },
      ],
    },
    {
      code: 'console.log(request.headers.get("authorization"));',
      errors: [
        {
          messageId: 'secretInLog',
          line: 1,
          column: 13,
          endLine: 1,
          endColumn: 49,
          data: {
            subject: '`request.headers.get("authorization")`',
            reason: 'carries request credentials',
          },
        },
      ],
    },
    {
      code: 'console.log(req.get("Authorization"));',
      errors: [
        {
          messageId: 'secretInLog',
          line: 1,
          column: 13,
          endLine: 1,
          endColumn: 37,
          data: {
            subject: '`req.get("Authorization")`',
            reason: 'carries request credentials',
          },
        },
      ],
    },
    {
      code: `
function handle({ headers }: Request): void {
  console.log(headers.cookie);
}`,
      errors: [
        {
          messageId: 'secretInLog',
          line: 3,
          column: 15,
          endLine: 3,
          endColumn: 29,
          data: { subject: '`headers.cookie`', reason: 'is named as a secret' },
        },
      ],
    },
    {
      code: `
const { authorization } = req.headers;
console.log(authorization);`,
      errors: [
        {
          messageId: 'secretFlowInLog',
          line: 3,
          column: 13,
          endLine: 3,
          endColumn: 26,
          data: {
            subject: '`authorization`',
            source: '`req.headers.authorization`',
            line: 2,
          },
        },
      ],
    },
    // source: objects that hold secrets
    {
      code: `
const db = { host: 'localhost', password: getSecret('DB_PASSWORD') };
console.log(db);`,
      errors: [
        {
          messageId: 'secretFlowInLog',
          line: 3,
          column: 13,
          endLine: 3,
          endColumn: 15,
          data: {
            subject: '`db`',
            source: "`getSecret('DB_PASSWORD')`",
            line: 2,
          },
        },
      ],
    },
    {
      code: `
function loadConfig() {
  return {
    port: Number(process.env.PORT),
    stripeKey: getSecret('STRIPE_KEY'),
  };
}
const config = loadConfig();
console.log(config.port);
console.log(config);
console.log(config.stripeKey);`,
      errors: [
        {
          messageId: 'secretFlowInLog',
          line: 10,
          column: 13,
          endLine: 10,
          endColumn: 19,
          data: {
            subject: '`config`',
            source: "`getSecret('STRIPE_KEY')`",
            line: 5,
          },
        },
        {
          messageId: 'secretFlowInLog',
          line: 11,
          column: 13,
          endLine: 11,
          endColumn: 29,
          data: {
            subject: '`config.stripeKey`',
            source: "`getSecret('STRIPE_KEY')`",
            line: 5,
          },
        },
      ],
    },
    {
      code: `
const config = { port: 3000, apiKey: getSecret('API_KEY') };
const { port, ...rest } = config;
console.log(port, rest);`,
      errors: [
        {
          messageId: 'secretFlowInLog',
          line: 4,
          column: 19,
          endLine: 4,
          endColumn: 23,
          data: {
            subject: '`rest`',
            source: "`getSecret('API_KEY')`",
            line: 2,
          },
        },
      ],
    },
    {
      code: `
const { port, ...rest } = loadSettings();
console.log(rest);
function loadSettings() {
  return { port: 1, token: getSecret('TOKEN') };
}`,
      errors: [
        {
          messageId: 'secretFlowInLog',
          line: 3,
          column: 13,
          endLine: 3,
          endColumn: 17,
          data: { subject: '`rest`', source: "`getSecret('TOKEN')`", line: 5 },
        },
      ],
    },
  ],
});
