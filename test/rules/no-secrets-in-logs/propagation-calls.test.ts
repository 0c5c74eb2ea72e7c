import rule from '../../../rules/no-secrets-in-logs.js';
import { createRuleTester } from '../../ruleTester.js';

const ruleTester = createRuleTester();

ruleTester.run(
  'no-secrets-in-logs: propagation through calls, members and fields',
  rule,
  {
    valid: [
      // flow: conversions and string methods
      `
const apiKey = getSecret('API_KEY');
console.log(apiKey.startsWith('sk_'), apiKey.includes(':'));`,
      `
const apiKey = getSecret('API_KEY');
console.log(sql\`select \${apiKey}\`, format(apiKey));`,
      // flow: class fields read through this
      `
class Client {
  private key = 'public';
  send(): void {
    logger.info(this.key);
  }
}`,
      `
class Client {
  constructor(private config: Config) {}
  send(): void {
    logger.info(this.config);
  }
}`,
      `
function Client(this: { key: string }) {
  this.key = getSecret('API_KEY');
  logger.info(this.key);
}`,
      // flow: functions declared in the same file
      `
function describe(value: string): string {
  return value.length > 3 ? 'long' : 'short';
}
console.log(describe(getSecret('API_KEY')));`,
      `
let handler = (value: string) => value;
handler = () => 'safe';
console.log(handler(getSecret('API_KEY')));`,
    ],
    invalid: [
      // flow: conversions and string methods
      {
        code: `
const apiKey = getSecret('API_KEY');
console.log(JSON.stringify({ apiKey }));`,
        errors: [
          {
            messageId: 'secretFlowInLog',
            line: 3,
            column: 13,
            endLine: 3,
            endColumn: 39,
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
console.log(String(apiKey), apiKey.toString());`,
        errors: [
          {
            messageId: 'secretFlowInLog',
            line: 3,
            column: 13,
            endLine: 3,
            endColumn: 27,
            data: {
              subject: '`apiKey`',
              source: "`getSecret('API_KEY')`",
              line: 2,
            },
          },
          {
            messageId: 'secretFlowInLog',
            line: 3,
            column: 29,
            endLine: 3,
            endColumn: 46,
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
console.log(apiKey.trim().toUpperCase());`,
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
      {
        code: `
const apiKey = getSecret('API_KEY');
console.log(Buffer.from(apiKey).toString('base64'));`,
        errors: [
          {
            messageId: 'secretFlowInLog',
            line: 3,
            column: 13,
            endLine: 3,
            endColumn: 51,
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
console.log(apiKey.split(':')[1]);`,
        errors: [
          {
            messageId: 'secretFlowInLog',
            line: 3,
            column: 13,
            endLine: 3,
            endColumn: 33,
            data: {
              subject: "`apiKey.split(':')[1]`",
              source: "`getSecret('API_KEY')`",
              line: 2,
            },
          },
        ],
      },
      {
        code: `
const apiKey = getSecret('API_KEY');
console.log('Bearer '.concat(apiKey));`,
        errors: [
          {
            messageId: 'secretFlowInLog',
            line: 3,
            column: 13,
            endLine: 3,
            endColumn: 37,
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
const databaseUrl = getSecret('DATABASE_URL');
console.log(new URL(databaseUrl));`,
        errors: [
          {
            messageId: 'secretFlowInLog',
            line: 3,
            column: 13,
            endLine: 3,
            endColumn: 33,
            data: {
              subject: '`databaseUrl`',
              source: "`getSecret('DATABASE_URL')`",
              line: 2,
            },
          },
        ],
      },
      {
        code: `
const apiKey = getSecret('API_KEY');
console.log(new Error(\`rejected key \${apiKey}\`));`,
        errors: [
          {
            messageId: 'secretFlowInLog',
            line: 3,
            column: 13,
            endLine: 3,
            endColumn: 48,
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
console.log(String.raw\`key=\${apiKey}\`);`,
        errors: [
          {
            messageId: 'secretFlowInLog',
            line: 3,
            column: 13,
            endLine: 3,
            endColumn: 38,
            data: {
              subject: '`apiKey`',
              source: "`getSecret('API_KEY')`",
              line: 2,
            },
          },
        ],
      },
      // flow: member access on objects that hold secrets
      {
        code: `
const credentials = getSecret('DB_CREDENTIALS');
console.log(credentials.user, credentials.password);`,
        errors: [
          {
            messageId: 'secretFlowInLog',
            line: 3,
            column: 31,
            endLine: 3,
            endColumn: 51,
            data: {
              subject: '`credentials.password`',
              source: "`getSecret('DB_CREDENTIALS')`",
              line: 2,
            },
          },
        ],
      },
      {
        code: `
const credentials = getSecret('DB_CREDENTIALS');
console.log(credentials[field]);`,
        errors: [
          {
            messageId: 'secretFlowInLog',
            line: 3,
            column: 13,
            endLine: 3,
            endColumn: 31,
            data: {
              subject: '`credentials[field]`',
              source: "`getSecret('DB_CREDENTIALS')`",
              line: 2,
            },
          },
        ],
      },
      {
        code: `
const config = { db: { host: 'db', password: getSecret('DB_PASSWORD') } };
console.log(config.db.host, config.db.password, config.db);`,
        errors: [
          {
            messageId: 'secretFlowInLog',
            line: 3,
            column: 29,
            endLine: 3,
            endColumn: 47,
            data: {
              subject: '`config.db.password`',
              source: "`getSecret('DB_PASSWORD')`",
              line: 2,
            },
          },
          {
            messageId: 'secretFlowInLog',
            line: 3,
            column: 49,
            endLine: 3,
            endColumn: 58,
            data: {
              subject: '`config.db`',
              source: "`getSecret('DB_PASSWORD')`",
              line: 2,
            },
          },
        ],
      },
      {
        code: `
const config = { url: getSecret('DB_URL') };
console.log(config.url);`,
        errors: [
          {
            messageId: 'secretFlowInLog',
            line: 3,
            column: 13,
            endLine: 3,
            endColumn: 23,
            data: {
              subject: '`config.url`',
              source: "`getSecret('DB_URL')`",
              line: 2,
            },
          },
        ],
      },
      {
        code: `
const config = { apiKey: getSecret('API_KEY') };
console.log(config.get('apiKey'), config.get('port'));`,
        errors: [
          {
            messageId: 'secretFlowInLog',
            line: 3,
            column: 13,
            endLine: 3,
            endColumn: 33,
            data: {
              subject: "`config.get('apiKey')`",
              source: "`getSecret('API_KEY')`",
              line: 2,
            },
          },
        ],
      },
      // flow: class fields read through this
      {
        code: `
class Client {
  private key: string;
  constructor() {
    this.key = getSecret('API_KEY');
  }
  send(): void {
    logger.info(this.key);
  }
}`,
        errors: [
          {
            messageId: 'secretFlowInLog',
            line: 8,
            column: 17,
            endLine: 8,
            endColumn: 25,
            data: {
              subject: '`this.key`',
              source: "`getSecret('API_KEY')`",
              line: 5,
            },
          },
        ],
      },
      {
        code: `
class Client {
  #key = getSecret('API_KEY');
  send = (): void => {
    logger.info(this.#key);
  };
}`,
        errors: [
          {
            messageId: 'secretFlowInLog',
            line: 5,
            column: 17,
            endLine: 5,
            endColumn: 26,
            data: {
              subject: '`this.#key`',
              source: "`getSecret('API_KEY')`",
              line: 3,
            },
          },
        ],
      },
      // flow: functions declared in the same file
      {
        code: `
function bearer(token: string): string {
  return \`Bearer \${token}\`;
}
console.log(bearer(getSecret('API_KEY')));`,
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
const wrap = (value: string) => \`[\${value}]\`;
console.log(wrap(getSecret('API_KEY')), wrap('public'));`,
        errors: [
          {
            messageId: 'secretInLog',
            line: 3,
            column: 13,
            endLine: 3,
            endColumn: 39,
            data: {
              subject: "`getSecret('API_KEY')`",
              reason: 'returns a secret',
            },
          },
        ],
      },
      {
        code: `
function first(a: string, b: string): string {
  return a || b;
}
console.log(first('x', getSecret('API_KEY')));`,
        errors: [
          {
            messageId: 'secretInLog',
            line: 5,
            column: 13,
            endLine: 5,
            endColumn: 45,
            data: {
              subject: "`getSecret('API_KEY')`",
              reason: 'returns a secret',
            },
          },
        ],
      },
      {
        code: `
function getKey(): string {
  return getSecret('API_KEY');
}
console.log(getKey());`,
        errors: [
          {
            messageId: 'secretFlowInLog',
            line: 5,
            column: 13,
            endLine: 5,
            endColumn: 21,
            data: {
              subject: '`getKey()`',
              source: "`getSecret('API_KEY')`",
              line: 3,
            },
          },
        ],
      },
      {
        code: `
function loop(n: number): string {
  return n > 0 ? loop(n - 1) : getSecret('API_KEY');
}
console.log(loop(3));`,
        errors: [
          {
            messageId: 'secretFlowInLog',
            line: 5,
            column: 13,
            endLine: 5,
            endColumn: 20,
            data: {
              subject: '`loop(3)`',
              source: "`getSecret('API_KEY')`",
              line: 3,
            },
          },
        ],
      },
    ],
  },
);
