import rule from '../../rules/no-secret-fallback.js';
import { KITCHEN_SINK } from '../helpers/kitchenSink.js';
import { createRuleTester } from '../ruleTester.js';

const ruleTester = createRuleTester();

ruleTester.run('no-secret-fallback', rule, {
  valid: [
    // variables that are not secrets may have defaults
    'const port = process.env.PORT ?? 3000;',
    'const host = process.env.HOST || "localhost";',
    'const level = process.env.LOG_LEVEL ?? "info";',
    'const region = process.env.AWS_REGION ?? "us-east-1";',
    'const { PORT = "3000" } = process.env;',
    // no default
    'const key = process.env.API_KEY;',
    'const key = getSecret("API_KEY");',
    // a default that keeps the value missing, or fails fast
    'const key = process.env.API_KEY ?? undefined;',
    'const key = process.env.API_KEY || null;',
    'const key = process.env.API_KEY ?? void 0;',
    'const key = process.env.API_KEY ?? fail("API_KEY");',
    'const key = process.env.API_KEY || process.exit(1);',
    // a question, not a default
    'if (process.env.API_KEY || process.env.API_TOKEN) {}',
    'const ready = !(process.env.API_KEY ?? process.env.API_TOKEN);',
    'const ready = Boolean(process.env.API_KEY || process.env.API_TOKEN);',
    'const client = process.env.API_KEY && connect();',
    'const client = process.env.API_KEY ? connect() : offline();',
    // dynamic reads and other objects
    'const value = process.env[name] ?? "x";',
    'const key = config.apiKey ?? "dev";',
    'function read(process: Host) { return process.env.API_KEY ?? "dev"; }',
    // a variable that is reassigned no longer holds only the secret
    `
let key = getSecret("API_KEY");
key = rotate(key);
key ||= "dev";
`,
    // setting: notSecretNames
    {
      code: 'const key = process.env.PUBLIC_API_KEY ?? "pk_test";',
      settings: { 'secret-hygiene': { notSecretNames: ['^PUBLIC_'] } },
    },
    // setting: accessor.name, with another function of the default name
    {
      code: 'const key = getSecret("API_KEY") ?? "dev";',
      settings: { 'secret-hygiene': { accessor: { name: 'readSecret' } } },
    },
    // odd syntax
    {
      code: 'const view = <Panel title={props.title ?? "Untitled"} />;',
      filename: 'src/view.tsx',
    },
    `
@Injectable()
class Service {
  #retries = Number(process.env.RETRIES ?? 3);
  @Input() mode = Mode.Fast;
}
enum Mode {
  Fast = "fast",
}
declare const region: string | undefined;
namespace Config {
  export const zone = region ?? "eu";
}
`,
    // every kind of syntax, none of it an environment read
    KITCHEN_SINK,
  ],
  invalid: [
    // `??` and `||` with a literal default, masked in the message
    {
      code: 'const key = process.env.API_KEY ?? "dev-key-0000";',
      errors: [
        {
          messageId: 'unexpectedFallback',
          data: { name: '`API_KEY`', fallback: '`"dev…000"`' },
          line: 1,
          column: 13,
          endLine: 1,
          endColumn: 50,
          suggestions: [
            {
              messageId: 'removeFallback',
              output: 'const key = process.env.API_KEY;',
            },
          ],
        },
      ],
    },
    {
      code: "const password = process.env.DB_PASSWORD || 'postgres';",
      errors: [
        {
          messageId: 'unexpectedFallback',
          data: { name: '`DB_PASSWORD`', fallback: "`'po…es'`" },
          line: 1,
          column: 18,
          endLine: 1,
          endColumn: 55,
          suggestions: [
            {
              messageId: 'removeFallback',
              output: 'const password = process.env.DB_PASSWORD;',
            },
          ],
        },
      ],
    },
    // a conditional that repeats the read
    {
      code: 'const key = process.env.API_KEY ? process.env.API_KEY : "xxxx";',
      errors: [
        {
          messageId: 'unexpectedFallback',
          data: { name: '`API_KEY`', fallback: '`"x…x"`' },
          line: 1,
          column: 13,
          endLine: 1,
          endColumn: 63,
          suggestions: [
            {
              messageId: 'removeFallback',
              output: 'const key = process.env.API_KEY;',
            },
          ],
        },
      ],
    },
    {
      code: 'const key = !process.env.API_KEY ? "xxxx" : process.env.API_KEY;',
      errors: [
        {
          messageId: 'unexpectedFallback',
          data: { name: '`API_KEY`', fallback: '`"x…x"`' },
          line: 1,
          column: 13,
          endLine: 1,
          endColumn: 64,
          suggestions: [
            {
              messageId: 'removeFallback',
              output: 'const key = process.env.API_KEY;',
            },
          ],
        },
      ],
    },
    // accessor calls are secret reads whatever the name
    {
      code: 'const secret = getSecret("JWT_SECRET") || "";',
      errors: [
        {
          messageId: 'unexpectedFallback',
          data: { name: '`JWT_SECRET`', fallback: '`"…"`' },
          line: 1,
          column: 16,
          endLine: 1,
          endColumn: 45,
          suggestions: [
            {
              messageId: 'removeFallback',
              output: 'const secret = getSecret("JWT_SECRET");',
            },
          ],
        },
      ],
    },
    {
      code: `
import { getSecret as read } from "./secrets";
const port = read("PORT") ?? 8080;
const name = secrets.getSecret(key) ?? \`svc\`;
`,
      errors: [
        {
          messageId: 'unexpectedFallback',
          data: { name: '`PORT`', fallback: '`8…0`' },
          line: 3,
          column: 14,
          endLine: 3,
          endColumn: 34,
          suggestions: [
            {
              messageId: 'removeFallback',
              output: `
import { getSecret as read } from "./secrets";
const port = read("PORT");
const name = secrets.getSecret(key) ?? \`svc\`;
`,
            },
          ],
        },
        {
          messageId: 'unexpectedFallback',
          data: { name: '`secrets.getSecret(key)`', fallback: '`"…"`' },
          line: 4,
          column: 14,
          endLine: 4,
          endColumn: 45,
          suggestions: [
            {
              messageId: 'removeFallback',
              output: `
import { getSecret as read } from "./secrets";
const port = read("PORT") ?? 8080;
const name = secrets.getSecret(key);
`,
            },
          ],
        },
      ],
    },
    {
      code: `
const { getSecret: load } = require("./secrets");
module.exports = load("SMTP_USER") || "mailer";
`,
      filename: 'src/mail.cjs',
      languageOptions: { parserOptions: { sourceType: 'commonjs' } },
      errors: [
        {
          messageId: 'unexpectedFallback',
          data: { name: '`SMTP_USER`', fallback: '`"m…r"`' },
          line: 3,
          column: 18,
          endLine: 3,
          endColumn: 47,
          suggestions: [
            {
              messageId: 'removeFallback',
              output: `
const { getSecret: load } = require("./secrets");
module.exports = load("SMTP_USER");
`,
            },
          ],
        },
      ],
    },
    // setting: accessor.name
    {
      code: 'const region = readSecret("REGION") ?? "eu";',
      settings: { 'secret-hygiene': { accessor: { name: 'readSecret' } } },
      errors: [
        {
          messageId: 'unexpectedFallback',
          data: { name: '`REGION`', fallback: '`"…"`' },
          line: 1,
          column: 16,
          endLine: 1,
          endColumn: 44,
          suggestions: [
            {
              messageId: 'removeFallback',
              output: 'const region = readSecret("REGION");',
            },
          ],
        },
      ],
    },
    // setting: secretNames
    {
      code: 'const account = process.env.STRIPE_ACCOUNT ?? "acct_0000";',
      settings: { 'secret-hygiene': { secretNames: ['^STRIPE_'] } },
      errors: [
        {
          messageId: 'unexpectedFallback',
          data: { name: '`STRIPE_ACCOUNT`', fallback: '`"ac…00"`' },
          line: 1,
          column: 17,
          endLine: 1,
          endColumn: 58,
          suggestions: [
            {
              messageId: 'removeFallback',
              output: 'const account = process.env.STRIPE_ACCOUNT;',
            },
          ],
        },
      ],
    },
    // destructuring defaults, also in parameters
    {
      code: 'const { SESSION_SECRET = "keyboard cat" } = process.env;',
      errors: [
        {
          messageId: 'unexpectedFallback',
          data: { name: '`SESSION_SECRET`', fallback: '`"key…cat"`' },
          line: 1,
          column: 9,
          endLine: 1,
          endColumn: 40,
          suggestions: [
            {
              messageId: 'removeFallback',
              output: 'const { SESSION_SECRET } = process.env;',
            },
          ],
        },
      ],
    },
    {
      code: 'function connect({ DB_PASSWORD: password = "pg" } = process.env) {}',
      errors: [
        {
          messageId: 'unexpectedFallback',
          data: { name: '`DB_PASSWORD`', fallback: '`"…"`' },
          line: 1,
          column: 33,
          endLine: 1,
          endColumn: 48,
          suggestions: [
            {
              messageId: 'removeFallback',
              output:
                'function connect({ DB_PASSWORD: password } = process.env) {}',
            },
          ],
        },
      ],
    },
    // a default parameter whose default is such an expression
    {
      code: 'function connect(token = process.env.API_TOKEN ?? defaultToken) {}',
      errors: [
        {
          messageId: 'unexpectedComputedFallback',
          data: { name: '`API_TOKEN`' },
          line: 1,
          column: 26,
          endLine: 1,
          endColumn: 63,
          suggestions: [
            {
              messageId: 'removeFallback',
              output: 'function connect(token = process.env.API_TOKEN) {}',
            },
          ],
        },
      ],
    },
    // `??=` and `||=`: a statement goes with its line
    {
      code: `
process.env.API_TOKEN ??= "dev-token";
start();
`,
      errors: [
        {
          messageId: 'unexpectedFallback',
          data: { name: '`API_TOKEN`', fallback: '`"de…en"`' },
          line: 2,
          column: 1,
          endLine: 2,
          endColumn: 38,
          suggestions: [
            {
              messageId: 'removeFallback',
              output: `
start();
`,
            },
          ],
        },
      ],
    },
    {
      code: 'start(process.env.API_TOKEN ||= "dev-token");',
      errors: [
        {
          messageId: 'unexpectedFallback',
          data: { name: '`API_TOKEN`', fallback: '`"de…en"`' },
          line: 1,
          column: 7,
          endLine: 1,
          endColumn: 44,
          suggestions: [
            {
              messageId: 'removeFallback',
              output: 'start(process.env.API_TOKEN);',
            },
          ],
        },
      ],
    },
    {
      code: 'if (ready) process.env.API_TOKEN ??= "dev-token";',
      errors: [
        {
          messageId: 'unexpectedFallback',
          data: { name: '`API_TOKEN`', fallback: '`"de…en"`' },
          line: 1,
          column: 12,
          endLine: 1,
          endColumn: 49,
          suggestions: [
            {
              messageId: 'removeFallback',
              output: 'if (ready) process.env.API_TOKEN;',
            },
          ],
        },
      ],
    },
    // through a variable that holds the secret
    {
      code: `
let token = process.env.AUTH_TOKEN;
token ||= "dev-token";
`,
      errors: [
        {
          messageId: 'unexpectedFallback',
          data: { name: '`AUTH_TOKEN`', fallback: '`"de…en"`' },
          line: 3,
          column: 1,
          endLine: 3,
          endColumn: 22,
          suggestions: [
            {
              messageId: 'removeFallback',
              output: `
let token = process.env.AUTH_TOKEN;
`,
            },
          ],
        },
      ],
    },
    {
      code: `
const { API_KEY } = process.env;
const key = API_KEY ?? \`dev-key\`;
`,
      errors: [
        {
          messageId: 'unexpectedFallback',
          data: { name: '`API_KEY`', fallback: '`"d…y"`' },
          line: 3,
          column: 13,
          endLine: 3,
          endColumn: 33,
          suggestions: [
            {
              messageId: 'removeFallback',
              output: `
const { API_KEY } = process.env;
const key = API_KEY;
`,
            },
          ],
        },
      ],
    },
    // aliases, other runtimes and type wrappers
    {
      code: `
import { env } from "node:process";
const a = env.API_KEY ?? "xxxxxxxx";
const b = Deno.env.get("API_KEY") ?? "xxxxxxxx";
const c = (import.meta.env.VITE_API_KEY as string) || "xxxxxxxx";
`,
      errors: [
        {
          messageId: 'unexpectedFallback',
          data: { name: '`API_KEY`', fallback: '`"xx…xx"`' },
          line: 3,
          column: 11,
          endLine: 3,
          endColumn: 36,
          suggestions: [
            {
              messageId: 'removeFallback',
              output: `
import { env } from "node:process";
const a = env.API_KEY;
const b = Deno.env.get("API_KEY") ?? "xxxxxxxx";
const c = (import.meta.env.VITE_API_KEY as string) || "xxxxxxxx";
`,
            },
          ],
        },
        {
          messageId: 'unexpectedFallback',
          data: { name: '`API_KEY`', fallback: '`"xx…xx"`' },
          line: 4,
          column: 11,
          endLine: 4,
          endColumn: 48,
          suggestions: [
            {
              messageId: 'removeFallback',
              output: `
import { env } from "node:process";
const a = env.API_KEY ?? "xxxxxxxx";
const b = Deno.env.get("API_KEY");
const c = (import.meta.env.VITE_API_KEY as string) || "xxxxxxxx";
`,
            },
          ],
        },
        {
          messageId: 'unexpectedFallback',
          data: { name: '`VITE_API_KEY`', fallback: '`"xx…xx"`' },
          line: 5,
          column: 11,
          endLine: 5,
          endColumn: 65,
          suggestions: [
            {
              messageId: 'removeFallback',
              output: `
import { env } from "node:process";
const a = env.API_KEY ?? "xxxxxxxx";
const b = Deno.env.get("API_KEY") ?? "xxxxxxxx";
const c = import.meta.env.VITE_API_KEY as string;
`,
            },
          ],
        },
      ],
    },
    // a computed default
    {
      code: 'const key = process.env.API_KEY ?? config.apiKey;',
      errors: [
        {
          messageId: 'unexpectedComputedFallback',
          data: { name: '`API_KEY`' },
          line: 1,
          column: 13,
          endLine: 1,
          endColumn: 49,
          suggestions: [
            {
              messageId: 'removeFallback',
              output: 'const key = process.env.API_KEY;',
            },
          ],
        },
      ],
    },
    // a comment in the fallback would be lost: no suggestion
    {
      code: 'const key = process.env.API_KEY ?? /* local only */ "xxxx";',
      errors: [
        {
          messageId: 'unexpectedFallback',
          data: { name: '`API_KEY`', fallback: '`"x…x"`' },
          line: 1,
          column: 13,
          endLine: 1,
          endColumn: 59,
          suggestions: [],
        },
      ],
    },
    {
      code: `
process.env.API_TOKEN ??= "xxxx"; // local only
`,
      errors: [
        {
          messageId: 'unexpectedFallback',
          data: { name: '`API_TOKEN`', fallback: '`"x…x"`' },
          line: 2,
          column: 1,
          endLine: 2,
          endColumn: 33,
          suggestions: [
            {
              messageId: 'removeFallback',
              output: `
 // local only
`,
            },
          ],
        },
      ],
    },
    // odd syntax
    {
      code: `
export const view = <Panel apiKey={process.env.API_KEY ?? "xxxx"} />;
`,
      filename: 'src/view.tsx',
      errors: [
        {
          messageId: 'unexpectedFallback',
          data: { name: '`API_KEY`', fallback: '`"x…x"`' },
          line: 2,
          column: 36,
          endLine: 2,
          endColumn: 65,
          suggestions: [
            {
              messageId: 'removeFallback',
              output: `
export const view = <Panel apiKey={process.env.API_KEY} />;
`,
            },
          ],
        },
      ],
    },
    {
      code: `
@Injectable()
class Client {
  #token = process?.env?.API_TOKEN! || "xxxx";
}
`,
      errors: [
        {
          messageId: 'unexpectedFallback',
          data: { name: '`API_TOKEN`', fallback: '`"x…x"`' },
          line: 4,
          column: 12,
          endLine: 4,
          endColumn: 46,
          suggestions: [
            {
              messageId: 'removeFallback',
              output: `
@Injectable()
class Client {
  #token = process?.env?.API_TOKEN!;
}
`,
            },
          ],
        },
      ],
    },
  ],
});
