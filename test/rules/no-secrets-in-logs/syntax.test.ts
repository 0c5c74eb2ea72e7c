import rule from '../../../rules/no-secrets-in-logs.js';
import { KITCHEN_SINK } from '../../helpers/kitchenSink.js';
import { createRuleTester } from '../../ruleTester.js';

const ruleTester = createRuleTester();

// Code that typescript-eslint parses must never crash the rule.
ruleTester.run('no-secrets-in-logs: odd syntax', rule, {
  valid: [
    // every kind of syntax, none of it a log call
    KITCHEN_SINK,
    // syntax: TypeScript declarations
    `
enum Token {
  Access,
  Refresh,
}
console.log(Token.Access, Token);`,
    `
declare const password: string;
declare function log(value: string): void;
log(password);`,
    `
type Credentials = { password: string };
interface Session {
  token: string;
}
console.log({} as Credentials, null as unknown as Session);`,
    `
import type { Logger } from 'pino';
declare const out: Logger;
out.info(getSecret('API_KEY'));`,
    "export = { apiKey: getSecret('API_KEY') };",
    // syntax: classes
    `
class Client {
  #token = getSecret('TOKEN');
  has(other: object): boolean {
    console.log(#token in other);
    return #token in other;
  }
}`,
    `
class Base {
  token = 'x';
}
class Client extends Base {
  show(): void {
    console.log(super.token);
  }
}`,
    `
const handler = {
  key: getSecret('API_KEY'),
  show() {
    console.log(this.key);
  },
};`,
    // syntax: JSX
    {
      code: `
const view = <Secret password={getSecret('P')} />;
console.log(view);`,
      filename: 'view.tsx',
    },
    // syntax: control flow and odd expressions
    `
function* keys(): Generator<string> {
  const received = yield getSecret('API_KEY');
  console.log(received);
}`,
    `
async function drain(stream: AsyncIterable<string>): Promise<void> {
  for await (const chunk of stream) {
    console.log(chunk);
  }
}`,
    `
try {
  connect();
} catch ({ message }) {
  console.log(message);
}`,
    'console.log(new.target, import.meta.url, void 0, `plain`, 1n, /re/u, null);',
    `
let a, b;
a = b;
b = a;
console.log(a, b);`,
    `
console.log();
logger.info();
new Logger().log();`,
    `
with_(scope);
eval('console.log(token)');`,
  ],
  invalid: [
    // syntax: TypeScript declarations
    {
      code: `
namespace Secrets {
  export const apiKey = getSecret('API_KEY');
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
      code: `
abstract class Store {
  abstract token: string;
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
    {
      code: `
import pino = require('pino');
pino().info(getSecret('API_KEY'));`,
      errors: [
        {
          messageId: 'secretInLog',
          line: 3,
          column: 13,
          endLine: 3,
          endColumn: 33,
          data: {
            subject: "`getSecret('API_KEY')`",
            reason: 'returns a secret',
          },
        },
      ],
    },
    // syntax: classes
    {
      code: `
@Injectable()
class Client {
  static token = getSecret('TOKEN');
  static {
    console.log(this.token);
  }
  @Input() accessor key = getSecret('API_KEY');
  show(): void {
    console.log(this.key);
  }
}`,
      errors: [
        {
          messageId: 'secretFlowInLog',
          line: 6,
          column: 17,
          endLine: 6,
          endColumn: 27,
          data: {
            subject: '`this.token`',
            source: "`getSecret('TOKEN')`",
            line: 4,
          },
        },
        {
          messageId: 'secretFlowInLog',
          line: 10,
          column: 17,
          endLine: 10,
          endColumn: 25,
          data: {
            subject: '`this.key`',
            source: "`getSecret('API_KEY')`",
            line: 8,
          },
        },
      ],
    },
    {
      code: `
const Client = class {
  key = getSecret('API_KEY');
  show = () => console.log(this.key);
};`,
      errors: [
        {
          messageId: 'secretFlowInLog',
          line: 4,
          column: 28,
          endLine: 4,
          endColumn: 36,
          data: {
            subject: '`this.key`',
            source: "`getSecret('API_KEY')`",
            line: 3,
          },
        },
      ],
    },
    // syntax: JSX
    {
      code: `
const apiKey = getSecret('API_KEY');
const view = <button onClick={() => console.log(apiKey)}>{apiKey}</button>;`,
      filename: 'view.tsx',
      errors: [
        {
          messageId: 'secretFlowInLog',
          line: 3,
          column: 49,
          endLine: 3,
          endColumn: 55,
          data: {
            subject: '`apiKey`',
            source: "`getSecret('API_KEY')`",
            line: 2,
          },
        },
      ],
    },
    // syntax: control flow and odd expressions
    {
      code: `
outer: for (const key of [getSecret('A')]) {
  console.log(key);
  break outer;
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
console.log?.(getSecret('API_KEY'));
(console.log)(getSecret('API_KEY'));`,
      errors: [
        {
          messageId: 'secretInLog',
          line: 2,
          column: 15,
          endLine: 2,
          endColumn: 35,
          data: {
            subject: "`getSecret('API_KEY')`",
            reason: 'returns a secret',
          },
        },
        {
          messageId: 'secretInLog',
          line: 3,
          column: 15,
          endLine: 3,
          endColumn: 35,
          data: {
            subject: "`getSecret('API_KEY')`",
            reason: 'returns a secret',
          },
        },
      ],
    },
    {
      code: `
console['log'](getSecret('API_KEY'));
console[method](getSecret('API_KEY'));`,
      errors: [
        {
          messageId: 'secretInLog',
          line: 2,
          column: 16,
          endLine: 2,
          endColumn: 36,
          data: {
            subject: "`getSecret('API_KEY')`",
            reason: 'returns a secret',
          },
        },
      ],
    },
    {
      code: `
let token = getSecret('TOKEN');
function next(): string {
  token = next();
  return token;
}
console.log(next());`,
      errors: [
        {
          messageId: 'secretFlowInLog',
          line: 7,
          column: 13,
          endLine: 7,
          endColumn: 19,
          data: {
            subject: '`next()`',
            source: "`getSecret('TOKEN')`",
            line: 2,
          },
        },
      ],
    },
    {
      code: `
const self = { key: getSecret('K') };
self.self = self;
console.log(self.self.key);`,
      errors: [
        {
          messageId: 'secretFlowInLog',
          line: 4,
          column: 13,
          endLine: 4,
          endColumn: 26,
          data: {
            subject: '`self.self.key`',
            source: "`getSecret('K')`",
            line: 2,
          },
        },
      ],
    },
  ],
});
