import { ALPHANUMERIC, BASE64, HEX, type Random } from '../random.js';
import { type EvalCase, type Label, mark, snippet } from './labels.js';
import { buildJwt, buildPemBlock, pemLine } from './tokens.js';

const URLS = 'credentials in URLs and connection strings';
const HEADERS = 'credentials in authorization headers';
const KEYS = 'private key blocks';
const WEAK = 'weak passwords in a secret context';
const RANDOM = 'random secrets in a secret context';

// Passwords people really use; a secret context makes them findings.
const WEAK_PASSWORDS = [
  'hunter2',
  'Summer2024!',
  'letmein42',
  'P@ssw0rd1',
  'tr0ub4dor&3',
  'opensesame',
];

type Built = { code: string; labels: Label[] } & {
  id: string;
  file?: string;
  kind?: string;
};

/**
 * Realistic code with a credential in it: in a config object, a connection
 * string, a header, a private key block, a weak password under a secret
 * name; and the other rules' cases: secrets that reach a log, reads of the
 * environment, fallbacks given to secrets.
 */
export function createSnippetCases(random: Random): EvalCase[] {
  const password = (): string => random.string(ALPHANUMERIC, 16);
  const weak = (index: number): string =>
    WEAK_PASSWORDS[index % WEAK_PASSWORDS.length];
  const built: Built[] = [
    ...createStructureCases(random, password),
    ...createContextCases(random, weak),
    ...createOtherRuleCases(),
  ];
  return built.map(item => ({
    id: item.id,
    file: item.file ?? `snippets/${item.id}.ts`,
    code: item.code,
    kind: item.kind ?? item.labels.at(0)?.family ?? 'snippet',
    context: 'snippet',
    labels: item.labels,
  }));
}

function createStructureCases(random: Random, password: () => string): Built[] {
  const url = (text: string): ReturnType<typeof mark> =>
    mark(text, 'hardcoded', { family: URLS });
  const header = (text: string): ReturnType<typeof mark> =>
    mark(text, 'hardcoded', { family: HEADERS });
  const basic = Buffer.from(`deploy:${password()}`).toString('base64');

  return [
    {
      id: 'postgres-url',
      ...snippet`
import { Pool } from 'pg';

export const pool = new Pool({
  connectionString: ${url(`'postgres://orders:${password()}@db.internal:5432/orders'`)},
  max: 10,
});
`,
    },
    {
      id: 'mysql-url',
      ...snippet`
import mysql from 'mysql2/promise';

export const connection = await mysql.createConnection(${url(`'mysql://app:${password()}@mysql.internal:3306/shop'`)});
`,
    },
    {
      id: 'mongodb-srv-url',
      ...snippet`
import mongoose from 'mongoose';

await mongoose.connect(${url(`'mongodb+srv://reporting:${password()}@cluster0.ab1cd.mongodb.net/reports?retryWrites=true'`)});
`,
    },
    {
      id: 'redis-url',
      ...snippet`
import Redis from 'ioredis';

export const cache = new Redis(${url(`'redis://:${password()}@cache.internal:6379/0'`)});
`,
    },
    {
      id: 'amqp-url',
      ...snippet`
import amqp from 'amqplib';

export const broker = await amqp.connect(${url(`'amqp://jobs:${password()}@rabbit.internal:5672/jobs'`)});
`,
    },
    {
      id: 'https-basic-url',
      ...snippet`
export const registry = ${url(`'https://deploy:${password()}@registry.example.com/v2/'`)};
`,
    },
    {
      id: 'ado-net',
      ...snippet`
export const sqlServer = {
  connectionString:
    ${url(`'Server=tcp:sql.example.net,1433;Database=billing;User ID=billing;Password=${password()};Encrypt=true;'`)},
};
`,
    },
    {
      id: 'jdbc-url',
      ...snippet`
export const jdbcUrl = ${url(`'jdbc:mysql://db.internal:3306/orders?user=app&password=${password()}'`)};
`,
    },
    {
      id: 'template-url',
      ...snippet`
export function databaseUrl(host: string): string {
  return ${url(`\`postgres://admin:${password()}@\${host}:5432/app\``)};
}
`,
    },
    {
      id: 'bearer-header',
      ...snippet`
export async function listInvoices(): Promise<Response> {
  return fetch('https://api.example.com/invoices', {
    headers: { Authorization: ${header(`'Bearer ${random.string(ALPHANUMERIC, 40)}'`)} },
  });
}
`,
    },
    {
      id: 'basic-header',
      ...snippet`
export const requestOptions = {
  method: 'POST',
  headers: {
    'Content-Type': 'application/json',
    authorization: ${header(`'Basic ${basic}'`)},
  },
};
`,
    },
    {
      id: 'bearer-jwt-header',
      ...snippet`
import axios from 'axios';

export const api = axios.create({
  baseURL: 'https://api.example.com',
  headers: { Authorization: ${header(`\`Bearer ${buildJwt(random)}\``)} },
});
`,
    },
    {
      id: 'rsa-key-template',
      ...snippet`
export const signingKey = ${mark(`\`${buildPemBlock('RSA PRIVATE KEY', 'MIIEpAIBAAKCAQEA', random).join('\n')}\``, 'hardcoded', { family: KEYS, provider: 'RSA private key' })};
`,
    },
    {
      id: 'pkcs8-key-string',
      ...snippet`
export const serviceAccount = {
  client_email: 'reports@example-project.iam.gserviceaccount.com',
  private_key: ${mark(`'${buildPemBlock('PRIVATE KEY', 'MIIEvQIBADANBgkqhkiG9w0BAQEFAASC', random).join('\\n')}\\n'`, 'hardcoded', { family: KEYS, provider: 'PKCS #8 private key' })},
};
`,
    },
    {
      id: 'ec-key',
      ...snippet`
const key = ${mark(`\`${buildPemBlock('EC PRIVATE KEY', 'MHcCAQEEI', random, 224).join('\n')}\``, 'hardcoded', { family: KEYS, provider: 'EC private key' })};

export default key;
`,
    },
    {
      id: 'openssh-key',
      ...snippet`
export const deployKey = ${mark(`\`${buildPemBlock('OPENSSH PRIVATE KEY', 'b3BlbnNzaC1rZXktdjEAAAAA', random, 400).join('\n')}\``, 'hardcoded', { family: KEYS, provider: 'OpenSSH private key' })};
`,
    },
    {
      id: 'pgp-key',
      ...snippet`
export const releaseKey = ${mark(`\`${[pemLine('BEGIN', 'PGP PRIVATE KEY BLOCK'), '', ...(random.string(BASE64, 320).match(/.{1,64}/gu) ?? []), pemLine('END', 'PGP PRIVATE KEY BLOCK')].join('\n')}\``, 'hardcoded', { family: KEYS, provider: 'PGP private key' })};
`,
    },
    {
      id: 'hex-webhook-secret',
      ...snippet`
export const webhookSecret = ${mark(`'${random.string(HEX, 64)}'`, 'hardcoded', { family: RANDOM })};
`,
    },
  ];
}

function createContextCases(
  random: Random,
  weak: (index: number) => string,
): Built[] {
  const secret = (text: string, family = WEAK): ReturnType<typeof mark> =>
    mark(text, 'hardcoded', { family });
  return [
    {
      id: 'config-object-password',
      ...snippet`
export const config = {
  port: 3000,
  database: {
    host: 'db.internal',
    user: 'app',
    password: ${secret(`'${weak(0)}'`)},
  },
};
`,
    },
    {
      id: 'password-variable',
      ...snippet`
const password = ${secret(`'${weak(1)}'`)};

export const credentials = { username: 'admin', password };
`,
    },
    {
      id: 'member-assignment',
      ...snippet`
import { settings } from './settings';

settings.smtp.password = ${secret(`'${weak(2)}'`)};
`,
    },
    {
      id: 'default-parameter',
      ...snippet`
export function connect(user: string, password = ${secret(`'${weak(3)}'`)}): string {
  return \`\${user}:\${password.length}\`;
}
`,
    },
    {
      id: 'comparison',
      ...snippet`
export function isAdmin(password: string): boolean {
  return password === ${secret(`'${weak(4)}'`)};
}
`,
    },
    {
      id: 'jsx-attribute',
      file: 'snippets/jsx-attribute.tsx',
      ...snippet`
import { Widget } from './widget';

export function Dashboard() {
  return <Widget title="Sales" apiKey=${secret(`"${random.string(ALPHANUMERIC, 32)}"`, RANDOM)} />;
}
`,
    },
    {
      id: 'class-field',
      ...snippet`
export class Mailer {
  private readonly apiKey = ${secret(`'${random.string(ALPHANUMERIC, 32)}'`, RANDOM)};

  send(to: string): string {
    return \`\${to}:\${this.apiKey.length}\`;
  }
}
`,
    },
    {
      id: 'jwt-secret-constant',
      ...snippet`
import jwt from 'jsonwebtoken';

const JWT_SECRET = ${secret(`'${random.string(BASE64, 48)}'`, RANDOM)};

export const sign = (userId: string): string => jwt.sign({ userId }, JWT_SECRET);
`,
    },
    {
      id: 'session-secret',
      ...snippet`
import session from 'express-session';

export const sessions = session({
  secret: ${secret(`'${weak(5)}'`)},
  resave: false,
  saveUninitialized: false,
});
`,
    },
    {
      id: 'destructuring-default',
      ...snippet`
export function createClient(options: { apiToken?: string }): string {
  const { apiToken = ${secret(`'${random.string(ALPHANUMERIC, 40)}'`, RANDOM)} } = options;
  return apiToken;
}
`,
    },
    {
      id: 'enum-member',
      ...snippet`
export enum Keys {
  SigningSecret = ${secret(`'${random.string(HEX, 48)}'`, RANDOM)},
}
`,
    },
  ];
}

function createOtherRuleCases(): Built[] {
  const logged = (text: string): ReturnType<typeof mark> =>
    mark(text, 'logged', { family: 'secret reaches a log' });
  const envRead = (text: string): ReturnType<typeof mark> =>
    mark(text, 'env-access', { family: 'environment read' });
  const fallback = (
    text: string,
    also: 'env-access'[] = [],
  ): ReturnType<typeof mark> =>
    mark(text, ['fallback', ...also], { family: 'fallback for a secret' });
  // The literal default of a fallback is a development value: reports of it
  // as a hardcoded secret are neither right nor wrong.
  const devDefault = (text: string): ReturnType<typeof mark> =>
    mark(text, 'hardcoded', { family: WEAK, optional: true });

  return [
    {
      id: 'log-env-secret',
      ...snippet`
console.log('db password:', ${mark('process.env.DB_PASSWORD', ['logged', 'env-access'], { family: 'secret reaches a log' })});
`,
    },
    {
      id: 'log-accessor-template',
      ...snippet`
import { getSecret } from './secrets';
import { logger } from './logger';

const apiKey = getSecret('PAYMENTS_API_KEY');
logger.info(${logged('`calling payments with ${apiKey}`')});
`,
    },
    {
      id: 'log-header-object',
      ...snippet`
import type { FastifyRequest } from 'fastify';

export function audit(request: FastifyRequest): void {
  request.log.info({ ${logged('authorization: request.headers.authorization')} }, 'incoming request');
}
`,
    },
    {
      id: 'log-pino-password',
      ...snippet`
import pino from 'pino';

const log = pino();

export function created(user: { id: string; password: string }): void {
  log.info({ id: user.id, ${logged('password: user.password')} }, 'user created');
}
`,
    },
    {
      id: 'log-config-object',
      ...snippet`
import winston from 'winston';
import { getSecret } from './secrets';

const logger = winston.createLogger();

function loadConfig() {
  return { port: 5432, dbPassword: getSecret('DB_PASSWORD') };
}

const config = loadConfig();
logger.debug('loaded config', ${logged('config')});
`,
    },
    {
      id: 'log-chain',
      ...snippet`
import { getSecret } from './secrets';

const credentials = { user: 'mailer', pass: getSecret('SMTP_PASSWORD') };
const dsn = \`smtp://\${credentials.user}:\${credentials.pass}@smtp.example.com\`;

export function report(error: Error): void {
  console.error('smtp connection failed', ${logged('dsn')}, error.message);
}
`,
    },
    {
      id: 'log-nest-field',
      ...snippet`
import { Injectable, Logger } from '@nestjs/common';
import { getSecret } from './secrets';

@Injectable()
export class BillingService {
  private readonly logger = new Logger(BillingService.name);
  private readonly token = getSecret('BILLING_TOKEN');

  start(): void {
    this.logger.log(${logged('`starting with token ${this.token}`')});
  }
}
`,
    },
    {
      id: 'log-whole-env',
      ...snippet`
console.debug(${mark('JSON.stringify(process.env)', ['logged', 'env-access'], { family: 'secret reaches a log' })});
`,
    },
    {
      id: 'env-member',
      ...snippet`
import Stripe from 'stripe';

export const stripe = new Stripe(${envRead('process.env.STRIPE_SECRET_KEY')} as string);
`,
    },
    {
      id: 'env-computed',
      ...snippet`
export const token = ${envRead("process.env['GITHUB_TOKEN']")};
`,
    },
    {
      id: 'env-destructuring',
      ...snippet`
const { DB_USER, DB_PASSWORD } = ${envRead('process.env')};

export const database = { user: DB_USER, password: DB_PASSWORD };
`,
    },
    {
      id: 'env-node-process',
      ...snippet`
import { env } from 'node:process';

export const apiKey = ${envRead('env.MAPS_API_KEY')};
`,
    },
    {
      id: 'env-import-meta',
      ...snippet`
export const publicKey = ${envRead('import.meta.env.VITE_SENTRY_DSN')};
`,
    },
    {
      id: 'env-dynamic',
      ...snippet`
export function readSetting(name: string): string | undefined {
  return ${envRead('process.env[name]')};
}
`,
    },
    {
      id: 'env-whole',
      ...snippet`
export const variableNames = Object.keys(${envRead('process.env')});
`,
    },
    {
      id: 'fallback-nullish',
      ...snippet`
export const apiKey = ${fallback('process.env.API_KEY', ['env-access'])} ?? ${devDefault("'dev-key'")};
`,
    },
    {
      id: 'fallback-accessor',
      ...snippet`
import { getSecret } from './secrets';

export const jwtSecret = ${fallback("getSecret('JWT_SECRET')")} || ${devDefault("'secret'")};
`,
    },
    {
      id: 'fallback-destructuring',
      ...snippet`
const { ${fallback('SESSION_SECRET')} = ${devDefault("'keyboard cat'")} } = ${envRead('process.env')};

export { SESSION_SECRET };
`,
    },
    {
      id: 'fallback-ternary',
      ...snippet`
export const token = ${fallback('process.env.DEPLOY_TOKEN', ['env-access'])} ? process.env.DEPLOY_TOKEN : ${devDefault("'local-token'")};
`,
    },
  ];
}
