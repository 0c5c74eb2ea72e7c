import json from '@eslint/json';
import { Linter, type Rule } from 'eslint';
import { describe, expect, it } from 'vitest';

import rule from '../../rules/no-hardcoded-secrets.js';
import { maskSecret } from '../../src/engine/index.js';
import { B62, createRandomText, makeSample } from '../engine/tokenSamples.js';
import { KITCHEN_SINK } from '../helpers/kitchenSink.js';
import { createRuleTester } from '../ruleTester.js';

// Credential-shaped values are built at run time from parts; see
// test/engine/tokenSamples.ts.
const GITHUB_PAT = makeSample('github-pat');
const STRIPE_KEY = makeSample('stripe-secret-key');
const AWS_KEY_ID = makeSample('aws-access-key-id');
const SLACK_WEBHOOK = makeSample('slack-webhook-url');
const DATADOG_KEY = makeSample('datadog-api-key');
const RANDOM_40 = createRandomText(7)(B62, 40);
const PASSWORD = ['Hunt3r', '2!'].join('');
const MARKER = 'password';
const BASIC = Buffer.from(['admin', 'Tr0ub4dor'].join(':')).toString('base64');
const AWS_EXAMPLE = ['AKIAIOSFODNN7', 'EXAMPLE'].join('');
const PEM_HEADER = ['-----BEGIN RSA', 'PRIVATE KEY-----'].join(' ');
const PEM = `${PEM_HEADER}\\n${createRandomText(3)(B62, 64)}\\n-----END RSA PRIVATE KEY-----`;

const ACCESSOR = '`getSecret()`';
const WITH_MODULE = {
  'secret-hygiene': {
    accessor: { name: 'getSecret', module: './src/secrets' },
  },
};

const ruleTester = createRuleTester();

ruleTester.run('no-hardcoded-secrets', rule, {
  valid: [
    // ordinary strings
    'const greeting = "hello world";',
    'const mode = "production";',
    'log("Token refreshed for user", user.id);',
    'const id = "3f2b8c1e-4d5a-4b6c-8d7e-9f0a1b2c3d4e";',
    'const sha = "9fceb02d0ae598e95dc970b74767f19372d61af8";',
    'const digest = "sha256:4d5f8e7a9b0c1d2e3f4a5b6c7d8e9f0a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6e";',
    'const short = "Ab1";',
    // secret names bound to what is not a value
    'const password = "";',
    'const apiKey = process.env.API_KEY;',
    'const STRIPE_SECRET_KEY = "STRIPE_SECRET_KEY_NAME";',
    'const secretEnv = "STRIPE_SECRET_KEY";',
    'const token = "${TOKEN}";',
    'const password = "{{password}}";',
    'const password = "%s";',
    'const password = "********";',
    'const passwordLabel = "Password";',
    'const password = "Enter your password";',
    'const password = "Password:";',
    'const token = "auth.errors.invalidToken";',
    'const apiKeyHeader = "x-api-key";',
    'const authorization = "Authorization";',
    'const token = "Bearer";',
    'const credentials = "include";',
    'const password = "current-password";',
    'const privateKey = "./keys/private.pem";',
    'const privateKey = "/etc/ssl/private/server.key";',
    'const DATABASE_URL = "postgres://localhost:5432/app";',
    'const webhookSecret = "https://example.com/hooks";',
    'const password = "admin@example.com";',
    'const password = "^(?=.*\\\\d).{8,}$";',
    'const secret = "<div class=\\"secret\\">";',
    'const token = "--require";',
    'const passwordField = "password";',
    'const password = "password";',
    'const tokenizer = "Xy9aP2qLm4Rt";',
    'route({ constraints: { secret: "alpha" } });',
    // outside of a secret context, weak values are no findings
    'const value = "hunter2";',
    'check("hunter2");',
    // not strings that hold values
    'import secrets from "ghp_module/secrets";',
    'export * from "./password-utils";',
    '"use strict";',
    'const config = { "api-key": value };',
    'type Token = "access" | "refresh";',
    'declare module "token-store";',
    // documentation example keys and data
    `const awsAccessKeyId = "${AWS_EXAMPLE}";`,
    'const integrity = "sha384-oqVuAfXRKap7fdgcCY5uykM6+R9GqQ8K/uxy9rx7HNQlGYl1kPzQho1wx4JwY8wC";',
    'const icon = "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==";',
    'const d = "M12 2C6.48 2 2 6.48 2 12s4.48 10 10 10 10-4.48 10-10S17.52 2 12 2z";',
    `const header = \`${PEM_HEADER}\`;`,
    // a template whose password is interpolated
    'const url = `postgres://admin:${password}@db:5432/app`;',
    'const auth = `Bearer ${token}`;',
    // comments without tokens
    '// The token is read from the environment.',
    '/* password: see the vault */',
    // JSX
    {
      code: 'const el = <input type="password" name="password" />;',
      filename: 'form.tsx',
    },
    {
      code: 'const el = <p>Rotate your token every 90 days.</p>;',
      filename: 'help.tsx',
    },
    // option: checkComments
    {
      code: `// ${GITHUB_PAT}`,
      options: [{ checkComments: false }],
    },
    // option: checkPlaceholders
    {
      code: 'const password = "changeme";',
      options: [{ checkPlaceholders: false }],
    },
    {
      code: `const url = "postgres://user:${MARKER}@localhost/app";`,
      options: [{ checkPlaceholders: false }],
    },
    // option: checkHighEntropyStrings
    {
      code: `const value = "${RANDOM_40}";`,
      options: [{ checkHighEntropyStrings: false }],
    },
    // option: disabledProviders
    {
      code: `const id = "${AWS_KEY_ID}";`,
      options: [
        {
          disabledProviders: ['aws-access-key-id'],
          checkHighEntropyStrings: false,
        },
      ],
    },
    // option: ignoredValues
    {
      code: 'const password = "hunter2";',
      options: [{ ignoredValues: ['^hunter'] }],
    },
    // option: ignoredNames
    {
      code: 'const TEST_PASSWORD = "hunter2";',
      options: [{ ignoredNames: ['^TEST_'] }],
    },
    // option: entropy
    {
      code: `const value = "${RANDOM_40}";`,
      options: [{ entropy: { base64Threshold: 5.9 } }],
    },
    // settings: notSecretNames
    {
      code: 'const csrfToken = "hunter2";',
      settings: { 'secret-hygiene': { notSecretNames: ['^csrf'] } },
    },
    // every kind of syntax, none of it a secret
    KITCHEN_SINK,
    // odd syntax the rule must not trip on
    `
@Injectable()
export class Service {
  #cache = new Map<string, string>();
  declare readonly label: string;
  get value(): string | undefined {
    return this.#cache?.get("key");
  }
}
`,
    `
namespace Config {
  export const mode = "strict";
}
enum Header {
  ApiKey = "x-api-key",
}
declare const token: string;
`,
  ],
  invalid: [
    // provider tokens
    {
      code: `const token = '${GITHUB_PAT}';`,
      errors: [
        {
          messageId: 'hardcodedToken',
          line: 1,
          column: 16,
          endLine: 1,
          endColumn: 56,
          data: {
            title: 'GitHub personal access token',
            masked: maskSecret(GITHUB_PAT),
            accessor: ACCESSOR,
          },
        },
      ],
    },
    {
      code: `const stripeSecretKey = '${STRIPE_KEY}';`,
      filename: 'src/app.ts',
      settings: WITH_MODULE,
      errors: [
        {
          messageId: 'hardcodedToken',
          line: 1,
          column: 26,
          endLine: 1,
          endColumn: 58,
          data: {
            title: 'Stripe secret key',
            masked: maskSecret(STRIPE_KEY),
            accessor: ACCESSOR,
          },
          suggestions: [
            {
              messageId: 'useAccessor',
              data: { call: "`getSecret('STRIPE_SECRET_KEY')`" },
              output: `import { getSecret } from './secrets';\nconst stripeSecretKey = getSecret('STRIPE_SECRET_KEY');`,
            },
          ],
        },
      ],
    },
    {
      code: `notify('${SLACK_WEBHOOK}');`,
      errors: [
        {
          messageId: 'hardcodedToken',
          line: 1,
          column: 9,
          endLine: 1,
          endColumn: 86,
          data: {
            title: 'Slack webhook URL',
            masked: maskSecret(SLACK_WEBHOOK),
            accessor: ACCESSOR,
          },
        },
      ],
    },
    // a token inside a longer string is reported at its span
    {
      code: `const help = 'Use ${AWS_KEY_ID} for the upload';`,
      errors: [
        {
          messageId: 'hardcodedToken',
          line: 1,
          column: 19,
          endLine: 1,
          endColumn: 39,
          data: {
            title: 'AWS access key ID',
            masked: maskSecret(AWS_KEY_ID),
            accessor: ACCESSOR,
          },
        },
      ],
    },
    // a string with escapes is reported as a whole
    {
      code: `const token = '\\x41 ${GITHUB_PAT}';`,
      errors: [
        {
          messageId: 'hardcodedToken',
          line: 1,
          column: 15,
          endLine: 1,
          endColumn: 62,
          data: {
            title: 'GitHub personal access token',
            masked: maskSecret(GITHUB_PAT),
            accessor: ACCESSOR,
          },
        },
      ],
    },
    // a name-gated format
    {
      code: `const datadogApiKey = '${DATADOG_KEY}';`,
      errors: [
        {
          messageId: 'hardcodedToken',
          line: 1,
          column: 24,
          endLine: 1,
          endColumn: 56,
          data: {
            title: 'Datadog API or application key',
            masked: maskSecret(DATADOG_KEY),
            accessor: ACCESSOR,
          },
        },
      ],
    },
    // comments: token formats only
    {
      code: `// fallback: ${GITHUB_PAT}`,
      errors: [
        {
          messageId: 'hardcodedToken',
          line: 1,
          column: 14,
          endLine: 1,
          endColumn: 54,
          data: {
            title: 'GitHub personal access token',
            masked: maskSecret(GITHUB_PAT),
            accessor: ACCESSOR,
          },
        },
      ],
    },
    // private key blocks: a string with escapes is reported as a whole
    {
      code: `const privateKey = '${PEM}';`,
      errors: [
        {
          messageId: 'hardcodedToken',
          line: 1,
          column: 20,
          endLine: 1,
          endColumn: 150,
          data: {
            title: 'RSA private key',
            masked: maskSecret(PEM.replaceAll('\\n', '\n')),
            accessor: ACCESSOR,
          },
        },
      ],
    },
    // secret context: variable, constant, class field, property, member
    // assignment, default parameter, destructuring default
    {
      code: "const password = 'hunter2';",
      errors: [
        {
          messageId: 'hardcodedValue',
          line: 1,
          column: 19,
          endLine: 1,
          endColumn: 26,
          data: { name: '`password`', masked: 'h…2', accessor: ACCESSOR },
        },
      ],
    },
    {
      code: "class Client { private apiKey = 'k3y-f0r-dev'; }",
      errors: [
        {
          messageId: 'hardcodedValue',
          line: 1,
          column: 34,
          endLine: 1,
          endColumn: 45,
          data: { name: '`apiKey`', masked: 'k3…ev', accessor: ACCESSOR },
        },
      ],
    },
    {
      code: "const db = { host: 'db', password: 'Sup3rS3cret!' };",
      errors: [
        {
          messageId: 'hardcodedValue',
          line: 1,
          column: 37,
          endLine: 1,
          endColumn: 49,
          data: { name: '`password`', masked: 'Sup…et!', accessor: ACCESSOR },
        },
      ],
    },
    {
      code: "cfg.apiKey = 'k3y-f0r-dev';",
      errors: [
        {
          messageId: 'hardcodedValue',
          line: 1,
          column: 15,
          endLine: 1,
          endColumn: 26,
          data: { name: '`apiKey`', masked: 'k3…ev', accessor: ACCESSOR },
        },
      ],
    },
    {
      code: "process.env.DB_PASSWORD = 'hunter2';",
      errors: [
        {
          messageId: 'hardcodedValue',
          line: 1,
          column: 28,
          endLine: 1,
          endColumn: 35,
          data: { name: '`DB_PASSWORD`', masked: 'h…2', accessor: ACCESSOR },
        },
      ],
    },
    {
      code: "function connect(password = 'hunter2') {}",
      errors: [
        {
          messageId: 'hardcodedValue',
          line: 1,
          column: 30,
          endLine: 1,
          endColumn: 37,
          data: { name: '`password`', masked: 'h…2', accessor: ACCESSOR },
        },
      ],
    },
    {
      code: "const { token = 'tok3n-dev' } = options;",
      errors: [
        {
          messageId: 'hardcodedValue',
          line: 1,
          column: 18,
          endLine: 1,
          endColumn: 27,
          data: { name: '`token`', masked: 'to…ev', accessor: ACCESSOR },
        },
      ],
    },
    // JSX attribute, with a suggestion that keeps JSX valid
    {
      code: "const el = <Map apiKey='k3y-f0r-dev' />;",
      filename: 'src/map.tsx',
      settings: WITH_MODULE,
      errors: [
        {
          messageId: 'hardcodedValue',
          line: 1,
          column: 25,
          endLine: 1,
          endColumn: 36,
          data: { name: '`apiKey`', masked: 'k3…ev', accessor: ACCESSOR },
          suggestions: [
            {
              messageId: 'useAccessor',
              data: { call: '`getSecret("API_KEY")`' },
              output:
                'import { getSecret } from "./secrets";\nconst el = <Map apiKey={getSecret("API_KEY")} />;',
            },
          ],
        },
      ],
    },
    // comparison
    {
      code: "if (password === 'hunter2') {}",
      errors: [
        {
          messageId: 'hardcodedValue',
          line: 1,
          column: 19,
          endLine: 1,
          endColumn: 26,
          data: { name: '`password`', masked: 'h…2', accessor: ACCESSOR },
        },
      ],
    },
    // secret argument positions of well-known calls
    {
      code: "jwt.sign(payload, 's3cr3t-signing');",
      errors: [
        {
          messageId: 'hardcodedValue',
          line: 1,
          column: 20,
          endLine: 1,
          endColumn: 34,
          data: { name: '`jwtSecret`', masked: 's3c…ing', accessor: ACCESSOR },
        },
      ],
    },
    {
      code: "sgMail.setApiKey('k3y-f0r-dev');",
      errors: [
        {
          messageId: 'hardcodedValue',
          line: 1,
          column: 19,
          endLine: 1,
          endColumn: 30,
          data: { name: '`ApiKey`', masked: 'k3…ev', accessor: ACCESSOR },
        },
      ],
    },
    {
      code: "headers.set('x-api-key', 'k3y-f0r-dev');",
      errors: [
        {
          messageId: 'hardcodedValue',
          line: 1,
          column: 27,
          endLine: 1,
          endColumn: 38,
          data: { name: '`x-api-key`', masked: 'k3…ev', accessor: ACCESSOR },
        },
      ],
    },
    // session middleware: its bare `secret` is the session secret
    {
      code: "app.use(session({ secret: 'opensesame' }));",
      errors: [
        {
          messageId: 'hardcodedValue',
          line: 1,
          column: 28,
          endLine: 1,
          endColumn: 38,
          data: {
            name: '`session.secret`',
            masked: 'op…me',
            accessor: ACCESSOR,
          },
        },
      ],
    },
    // an enum member: no suggestion, a call cannot initialise it
    {
      code: "enum Keys { ApiKey = 'k3y-f0r-dev' }",
      settings: WITH_MODULE,
      filename: 'src/keys.ts',
      errors: [
        {
          messageId: 'hardcodedValue',
          line: 1,
          column: 23,
          endLine: 1,
          endColumn: 34,
          data: { name: '`ApiKey`', masked: 'k3…ev', accessor: ACCESSOR },
        },
      ],
    },
    // credentials in structure
    {
      code: `const url = 'postgres://admin:${PASSWORD}@db:5432/app';`,
      errors: [
        {
          messageId: 'hardcodedCredential',
          line: 1,
          column: 31,
          endLine: 1,
          endColumn: 39,
          data: {
            title: 'password in a `postgres` URL',
            masked: 'Hu…2!',
            accessor: ACCESSOR,
          },
        },
      ],
    },
    {
      code: `const url = \`mongodb+srv://app:${PASSWORD}@\${host}/db\`;`,
      errors: [
        {
          messageId: 'hardcodedCredential',
          line: 1,
          column: 32,
          endLine: 1,
          endColumn: 40,
          data: {
            title: 'password in a `mongodb+srv` URL',
            masked: 'Hu…2!',
            accessor: ACCESSOR,
          },
        },
      ],
    },
    {
      code: `const url = \`redis://\${user}:${PASSWORD}@cache:6379\`;`,
      errors: [
        {
          messageId: 'hardcodedCredential',
          line: 1,
          column: 30,
          endLine: 1,
          endColumn: 38,
          data: {
            title: 'password in a `redis` URL',
            masked: 'Hu…2!',
            accessor: ACCESSOR,
          },
        },
      ],
    },
    {
      code: `const conn = 'Server=db;Database=app;User Id=sa;Password=${PASSWORD};';`,
      errors: [
        {
          messageId: 'hardcodedCredential',
          line: 1,
          column: 58,
          endLine: 1,
          endColumn: 66,
          data: {
            title: '`Password` in a connection string',
            masked: 'Hu…2!',
            accessor: ACCESSOR,
          },
        },
      ],
    },
    {
      code: `fetch(url, { headers: { Authorization: 'Basic ${BASIC}' } });`,
      errors: [
        {
          messageId: 'hardcodedCredential',
          line: 1,
          column: 47,
          endLine: 1,
          endColumn: 67,
          data: {
            title: '`Basic` authorization credentials',
            masked: maskSecret(BASIC),
            accessor: ACCESSOR,
          },
        },
      ],
    },
    {
      code: `const headers = { Authorization: 'Bearer ${RANDOM_40}' };`,
      errors: [
        {
          messageId: 'hardcodedCredential',
          line: 1,
          column: 42,
          endLine: 1,
          endColumn: 82,
          data: {
            title: '`Bearer` authorization token',
            masked: maskSecret(RANDOM_40),
            accessor: ACCESSOR,
          },
        },
      ],
    },
    // high-entropy strings with no secret name
    {
      code: `const value = '${RANDOM_40}';`,
      errors: [
        {
          messageId: 'highEntropyString',
          line: 1,
          column: 16,
          endLine: 1,
          endColumn: 56,
          data: { masked: maskSecret(RANDOM_40), accessor: ACCESSOR },
        },
      ],
    },
    // placeholders and defaults
    {
      code: "const apiKey = 'changeme';",
      errors: [
        {
          messageId: 'placeholderValue',
          line: 1,
          column: 17,
          endLine: 1,
          endColumn: 25,
          data: {
            title: 'placeholder or default value',
            masked: 'ch…me',
            accessor: ACCESSOR,
          },
        },
      ],
    },
    {
      code: `const url = 'postgres://user:${MARKER}@localhost/app';`,
      errors: [
        {
          messageId: 'placeholderValue',
          line: 1,
          column: 30,
          endLine: 1,
          endColumn: 38,
          data: {
            title: 'password in a `postgres` URL',
            masked: 'pa…rd',
            accessor: ACCESSOR,
          },
        },
      ],
    },
    // option: customPatterns
    {
      code: "const key = 'acme_live_0123456789abcdef';",
      options: [
        {
          customPatterns: [
            {
              name: 'Acme API key',
              pattern: 'acme_live_([\\da-f]{16})',
              keywords: ['acme_live_'],
            },
          ],
        },
      ],
      errors: [
        {
          messageId: 'hardcodedToken',
          line: 1,
          column: 24,
          endLine: 1,
          endColumn: 40,
          data: {
            title: 'Acme API key',
            masked: '0123…cdef',
            accessor: ACCESSOR,
          },
        },
      ],
    },
    // option: entropyExclusions
    {
      code: 'const sha = "9fceb02d0ae598e95dc970b74767f19372d61af8";',
      options: [{ entropyExclusions: [] }],
      errors: [
        {
          messageId: 'highEntropyString',
          line: 1,
          column: 14,
          endLine: 1,
          endColumn: 54,
          data: { masked: '9fce…1af8', accessor: ACCESSOR },
        },
      ],
    },
    // option: entropy
    {
      code: `const value = '${RANDOM_40.slice(0, 16)}';`,
      options: [{ entropy: { base64MinLength: 12, base64Threshold: 3.5 } }],
      errors: [
        {
          messageId: 'highEntropyString',
          line: 1,
          column: 16,
          endLine: 1,
          endColumn: 32,
          data: {
            masked: maskSecret(RANDOM_40.slice(0, 16)),
            accessor: ACCESSOR,
          },
        },
      ],
    },
    // settings: secretNames widen the secret context
    {
      code: "const hushMoney = 'hunter2';",
      settings: { 'secret-hygiene': { secretNames: ['^hush'] } },
      errors: [
        {
          messageId: 'hardcodedValue',
          line: 1,
          column: 20,
          endLine: 1,
          endColumn: 27,
          data: { name: '`hushMoney`', masked: 'h…2', accessor: ACCESSOR },
        },
      ],
    },
    // suggestions: an accessor already in scope, no import needed
    {
      code: `
import { getSecret } from './config/secrets';
const password = 'hunter2';
`,
      errors: [
        {
          messageId: 'hardcodedValue',
          line: 3,
          column: 19,
          endLine: 3,
          endColumn: 26,
          data: { name: '`password`', masked: 'h…2', accessor: ACCESSOR },
          suggestions: [
            {
              messageId: 'useAccessor',
              data: { call: "`getSecret('PASSWORD')`" },
              output: `
import { getSecret } from './config/secrets';
const password = getSecret('PASSWORD');
`,
            },
          ],
        },
      ],
    },
    // no suggestion in a type position or a tagged template
    {
      code: `type Token = '${GITHUB_PAT}';`,
      settings: WITH_MODULE,
      filename: 'src/types.ts',
      errors: [
        {
          messageId: 'hardcodedToken',
          line: 1,
          column: 15,
          endLine: 1,
          endColumn: 55,
          data: {
            title: 'GitHub personal access token',
            masked: maskSecret(GITHUB_PAT),
            accessor: ACCESSOR,
          },
        },
      ],
    },
    {
      code: `const token = gql\`${GITHUB_PAT}\`;`,
      settings: WITH_MODULE,
      filename: 'src/query.ts',
      errors: [
        {
          messageId: 'hardcodedToken',
          line: 1,
          column: 19,
          endLine: 1,
          endColumn: 59,
          data: {
            title: 'GitHub personal access token',
            masked: maskSecret(GITHUB_PAT),
            accessor: ACCESSOR,
          },
        },
      ],
    },
    // no suggestion under `as const`, in ambient declarations, in the
    // accessor's own files
    {
      code: "const apiKey = 'k3y-f0r-dev' as const;",
      filename: 'src/const.ts',
      settings: WITH_MODULE,
      errors: [
        {
          messageId: 'hardcodedValue',
          line: 1,
          column: 17,
          endLine: 1,
          endColumn: 28,
          data: { name: '`apiKey`', masked: 'k3…ev', accessor: ACCESSOR },
        },
      ],
    },
    {
      code: "declare const apiKey = 'k3y-f0r-dev';",
      filename: 'src/ambient.ts',
      settings: WITH_MODULE,
      errors: [
        {
          messageId: 'hardcodedValue',
          line: 1,
          column: 25,
          endLine: 1,
          endColumn: 36,
          data: { name: '`apiKey`', masked: 'k3…ev', accessor: ACCESSOR },
        },
      ],
    },
    {
      code: "export const apiKey = 'k3y-f0r-dev';",
      filename: 'src/secrets.ts',
      settings: {
        'secret-hygiene': {
          accessor: {
            name: 'getSecret',
            module: './src/secrets',
            files: ['src/secrets.ts'],
          },
        },
      },
      errors: [
        {
          messageId: 'hardcodedValue',
          line: 1,
          column: 24,
          endLine: 1,
          endColumn: 35,
          data: { name: '`apiKey`', masked: 'k3…ev', accessor: ACCESSOR },
        },
      ],
    },
    // suggestions in CommonJS files add a `require`
    {
      code: "const password = 'hunter2';",
      filename: 'src/app.cjs',
      settings: WITH_MODULE,
      errors: [
        {
          messageId: 'hardcodedValue',
          line: 1,
          column: 19,
          endLine: 1,
          endColumn: 26,
          data: { name: '`password`', masked: 'h…2', accessor: ACCESSOR },
          suggestions: [
            {
              messageId: 'useAccessor',
              data: { call: "`getSecret('PASSWORD')`" },
              output:
                "const { getSecret } = require('./secrets');\nconst password = getSecret('PASSWORD');",
            },
          ],
        },
      ],
    },
    // class private fields, accessors and decorators
    {
      code: `
class Client {
  #password = 'hunter2';
  @Inject() accessor token = 'tok3n-dev';
}
`,
      errors: [
        {
          messageId: 'hardcodedValue',
          line: 3,
          column: 16,
          endLine: 3,
          endColumn: 23,
          data: { name: '`password`', masked: 'h…2', accessor: ACCESSOR },
        },
        {
          messageId: 'hardcodedValue',
          line: 4,
          column: 31,
          endLine: 4,
          endColumn: 40,
          data: { name: '`token`', masked: 'to…ev', accessor: ACCESSOR },
        },
      ],
    },
    // two secrets in one string: two reports, no suggestion
    {
      code: `const both = '${AWS_KEY_ID} ${GITHUB_PAT}';`,
      settings: WITH_MODULE,
      filename: 'src/both.ts',
      errors: [
        {
          messageId: 'hardcodedToken',
          line: 1,
          column: 15,
          endLine: 1,
          endColumn: 35,
          data: {
            title: 'AWS access key ID',
            masked: maskSecret(AWS_KEY_ID),
            accessor: ACCESSOR,
          },
        },
        {
          messageId: 'hardcodedToken',
          line: 1,
          column: 36,
          endLine: 1,
          endColumn: 76,
          data: {
            title: 'GitHub personal access token',
            masked: maskSecret(GITHUB_PAT),
            accessor: ACCESSOR,
          },
        },
      ],
    },
  ],
});

describe('JSON files linted with @eslint/json', () => {
  function lintJson(
    text: string,
    language = 'json/json',
  ): { messageId: string | undefined; line: number; column: number }[] {
    const linter = new Linter({ configType: 'flat' });
    const messages = linter.verify(
      text,
      [
        {
          files: ['**/*.json', '**/*.jsonc'],
          plugins: {
            json,
            'secret-hygiene': {
              rules: {
                'no-hardcoded-secrets': rule as unknown as Rule.RuleModule,
              },
            },
          },
          language,
          rules: { 'secret-hygiene/no-hardcoded-secrets': 'error' },
        },
      ],
      {
        filename: language === 'json/jsonc' ? 'tsconfig.jsonc' : 'config.json',
      },
    );
    return messages.map(({ messageId, line, column }) => ({
      messageId,
      line,
      column,
    }));
  }

  it('reports a token in a committed config file, at its span', () => {
    const text = `{\n  "github": { "token": "${GITHUB_PAT}" }\n}\n`;

    expect(lintJson(text)).toEqual([
      { messageId: 'hardcodedToken', line: 2, column: 25 },
    ]);
  });

  it('reports a weak value bound to a secret key', () => {
    const text = `{ "database": { "user": "app", "password": "${PASSWORD}" } }`;

    expect(lintJson(text)).toEqual([
      { messageId: 'hardcodedValue', line: 1, column: 45 },
    ]);
  });

  it('reports credentials in URLs, in arrays and at the top level', () => {
    const text = `["postgres://admin:${PASSWORD}@db/app"]`;

    expect(lintJson(text)).toEqual([
      { messageId: 'hardcodedCredential', line: 1, column: 20 },
    ]);
  });

  it('does not report keys, references or ordinary values', () => {
    const text = JSON.stringify({
      password: '${DB_PASSWORD}',
      apiKey: '',
      passwordLabel: 'Password',
      name: 'my-service',
      [GITHUB_PAT]: 1,
    });

    expect(lintJson(text)).toEqual([]);
  });

  it('reports a token whose JSON string has escapes as the whole string', () => {
    const text = `{ "note": "\\u0041 ${GITHUB_PAT}" }`;

    expect(lintJson(text)).toEqual([
      { messageId: 'hardcodedToken', line: 1, column: 11 },
    ]);
  });

  it('runs on JSONC, comments and all, without crashing', () => {
    const text = `// settings\n{ "token": "${GITHUB_PAT}" /* rotate */ }`;

    expect(lintJson(text, 'json/jsonc')).toEqual([
      { messageId: 'hardcodedToken', line: 2, column: 13 },
    ]);
  });
});

describe('invalid options', () => {
  function lintWith(options: unknown): void {
    const linter = new Linter({ configType: 'flat' });
    linter.verify(
      'const password = "hunter2";',
      [
        {
          plugins: {
            'secret-hygiene': {
              rules: {
                'no-hardcoded-secrets': rule as unknown as Rule.RuleModule,
              },
            },
          },
          rules: {
            'secret-hygiene/no-hardcoded-secrets': [
              'error',
              options,
            ] as Linter.RuleEntry,
          },
        },
      ],
      'example.js',
    );
  }

  it('fail on an unknown provider id, naming the value', () => {
    expect(() => {
      lintWith({ disabledProviders: ['no-such-provider'] });
    }).toThrow(/"no-such-provider" should be equal to one of the allowed/u);
  });

  it('fail on an unknown option', () => {
    expect(() => {
      lintWith({ checkEverything: true });
    }).toThrow(/additional properties/iu);
  });

  it('fail on a custom pattern that is not a regular expression, saying so', () => {
    expect(() => {
      lintWith({ customPatterns: [{ name: 'Acme', pattern: '(' }] });
    }).toThrow(
      /customPatterns\[0\]\.pattern must be a valid regular expression/u,
    );
  });

  it('fail on an ignored name pattern that is not a regular expression', () => {
    expect(() => {
      lintWith({ ignoredNames: ['['] });
    }).toThrow(/ignoredNames\[0\]/u);
  });
});
