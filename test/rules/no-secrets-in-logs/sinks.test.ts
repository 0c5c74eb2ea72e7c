import rule from '../../../rules/no-secrets-in-logs.js';
import { createRuleTester } from '../../ruleTester.js';

const ruleTester = createRuleTester();

ruleTester.run('no-secrets-in-logs: sinks', rule, {
  valid: [
    // sink: console and process streams
    `
const token = getSecret('TOKEN');
console.assert(token.length > 0, 'token is empty');`,
    `
const token = getSecret('TOKEN');
console.time(token);
console.count(token);`,
    `
const token = getSecret('TOKEN');
function show(console: Console): void {
  console.log(token);
}`,
    `
const token = getSecret('TOKEN');
process.stdout.end(token);
stream.write(token);`,
    `
const token = getSecret('TOKEN');
function run(process: Proc): void {
  process.stdout.write(token);
}`,
    // sink: debug instances
    `
import createDebug from 'debug';
const token = getSecret('TOKEN');
createDebug('app');
createDebug(token);`,
    // sink: objects named like loggers
    `
const token = getSecret('TOKEN');
logger.flush(token);
log.push(token);
catalog.info(token);
Math.log(token);
reporter.info(token);`,
    `
const token = getSecret('TOKEN');
const out = createSomething();
out.info(token);`,
    // sink: the loggers setting
    `
const token = getSecret('TOKEN');
audit(token);
ctx.audit.record(token);`,
    {
      code: `
const token = getSecret('TOKEN');
other.audit(token);
audits(token);`,
      settings: { 'secret-hygiene': { loggers: ['audit'] } },
    },
  ],
  invalid: [
    // sink: console and process streams
    {
      code: `
const token = getSecret('TOKEN');
console.info(token);
console.warn(token);
console.error(token);
console.debug(token);
console.trace(token);`,
      errors: [
        {
          messageId: 'secretFlowInLog',
          line: 3,
          column: 14,
          endLine: 3,
          endColumn: 19,
          data: { subject: '`token`', source: "`getSecret('TOKEN')`", line: 2 },
        },
        {
          messageId: 'secretFlowInLog',
          line: 4,
          column: 14,
          endLine: 4,
          endColumn: 19,
          data: { subject: '`token`', source: "`getSecret('TOKEN')`", line: 2 },
        },
        {
          messageId: 'secretFlowInLog',
          line: 5,
          column: 15,
          endLine: 5,
          endColumn: 20,
          data: { subject: '`token`', source: "`getSecret('TOKEN')`", line: 2 },
        },
        {
          messageId: 'secretFlowInLog',
          line: 6,
          column: 15,
          endLine: 6,
          endColumn: 20,
          data: { subject: '`token`', source: "`getSecret('TOKEN')`", line: 2 },
        },
        {
          messageId: 'secretFlowInLog',
          line: 7,
          column: 15,
          endLine: 7,
          endColumn: 20,
          data: { subject: '`token`', source: "`getSecret('TOKEN')`", line: 2 },
        },
      ],
    },
    {
      code: `
const token = getSecret('TOKEN');
console.dir(token);
console.table(token);
console.group(token);`,
      errors: [
        {
          messageId: 'secretFlowInLog',
          line: 3,
          column: 13,
          endLine: 3,
          endColumn: 18,
          data: { subject: '`token`', source: "`getSecret('TOKEN')`", line: 2 },
        },
        {
          messageId: 'secretFlowInLog',
          line: 4,
          column: 15,
          endLine: 4,
          endColumn: 20,
          data: { subject: '`token`', source: "`getSecret('TOKEN')`", line: 2 },
        },
        {
          messageId: 'secretFlowInLog',
          line: 5,
          column: 15,
          endLine: 5,
          endColumn: 20,
          data: { subject: '`token`', source: "`getSecret('TOKEN')`", line: 2 },
        },
      ],
    },
    {
      code: `
const token = getSecret('TOKEN');
console.assert(token, token);`,
      errors: [
        {
          messageId: 'secretFlowInLog',
          line: 3,
          column: 23,
          endLine: 3,
          endColumn: 28,
          data: { subject: '`token`', source: "`getSecret('TOKEN')`", line: 2 },
        },
      ],
    },
    {
      code: `
const token = getSecret('TOKEN');
globalThis.console.log(token);
window.console.log(token);`,
      errors: [
        {
          messageId: 'secretFlowInLog',
          line: 3,
          column: 24,
          endLine: 3,
          endColumn: 29,
          data: { subject: '`token`', source: "`getSecret('TOKEN')`", line: 2 },
        },
        {
          messageId: 'secretFlowInLog',
          line: 4,
          column: 20,
          endLine: 4,
          endColumn: 25,
          data: { subject: '`token`', source: "`getSecret('TOKEN')`", line: 2 },
        },
      ],
    },
    {
      code: `
const token = getSecret('TOKEN');
process.stdout.write(token);
process.stderr.write(token);`,
      errors: [
        {
          messageId: 'secretFlowInLog',
          line: 3,
          column: 22,
          endLine: 3,
          endColumn: 27,
          data: { subject: '`token`', source: "`getSecret('TOKEN')`", line: 2 },
        },
        {
          messageId: 'secretFlowInLog',
          line: 4,
          column: 22,
          endLine: 4,
          endColumn: 27,
          data: { subject: '`token`', source: "`getSecret('TOKEN')`", line: 2 },
        },
      ],
    },
    // sink: pino, with child bindings and Fastify
    {
      code: `
import pino from 'pino';
const token = getSecret('TOKEN');
const audit = pino();
audit.info(token);
audit.child({ requestId: 1 }).warn(token);`,
      errors: [
        {
          messageId: 'secretFlowInLog',
          line: 5,
          column: 12,
          endLine: 5,
          endColumn: 17,
          data: { subject: '`token`', source: "`getSecret('TOKEN')`", line: 3 },
        },
        {
          messageId: 'secretFlowInLog',
          line: 6,
          column: 36,
          endLine: 6,
          endColumn: 41,
          data: { subject: '`token`', source: "`getSecret('TOKEN')`", line: 3 },
        },
      ],
    },
    {
      code: `
const { pino } = require('pino');
const token = getSecret('TOKEN');
const audit = pino({ level: "info" });
audit.fatal(token);`,
      errors: [
        {
          messageId: 'secretFlowInLog',
          line: 5,
          column: 13,
          endLine: 5,
          endColumn: 18,
          data: { subject: '`token`', source: "`getSecret('TOKEN')`", line: 3 },
        },
      ],
    },
    {
      code: `
const token = getSecret('TOKEN');
const audit = require('pino')();
audit.error(token);`,
      errors: [
        {
          messageId: 'secretFlowInLog',
          line: 4,
          column: 13,
          endLine: 4,
          endColumn: 18,
          data: { subject: '`token`', source: "`getSecret('TOKEN')`", line: 2 },
        },
      ],
    },
    {
      code: `
import pino from 'pino';
const token = getSecret('TOKEN');
const audit = pino();
audit.child(token);`,
      errors: [
        {
          messageId: 'secretFlowInLog',
          line: 5,
          column: 13,
          endLine: 5,
          endColumn: 18,
          data: { subject: '`token`', source: "`getSecret('TOKEN')`", line: 3 },
        },
      ],
    },
    {
      code: `
const token = getSecret('TOKEN');
app.log.info(token);
request.log.error(token);
fastify.log.warn(token);`,
      errors: [
        {
          messageId: 'secretFlowInLog',
          line: 3,
          column: 14,
          endLine: 3,
          endColumn: 19,
          data: { subject: '`token`', source: "`getSecret('TOKEN')`", line: 2 },
        },
        {
          messageId: 'secretFlowInLog',
          line: 4,
          column: 19,
          endLine: 4,
          endColumn: 24,
          data: { subject: '`token`', source: "`getSecret('TOKEN')`", line: 2 },
        },
        {
          messageId: 'secretFlowInLog',
          line: 5,
          column: 18,
          endLine: 5,
          endColumn: 23,
          data: { subject: '`token`', source: "`getSecret('TOKEN')`", line: 2 },
        },
      ],
    },
    // sink: winston, bunyan and log4js
    {
      code: `
import winston from 'winston';
const token = getSecret('TOKEN');
const out = winston.createLogger({});
out.log("info", token);
winston.info(token);`,
      errors: [
        {
          messageId: 'secretFlowInLog',
          line: 5,
          column: 17,
          endLine: 5,
          endColumn: 22,
          data: { subject: '`token`', source: "`getSecret('TOKEN')`", line: 3 },
        },
        {
          messageId: 'secretFlowInLog',
          line: 6,
          column: 14,
          endLine: 6,
          endColumn: 19,
          data: { subject: '`token`', source: "`getSecret('TOKEN')`", line: 3 },
        },
      ],
    },
    {
      code: `
import { createLogger } from 'winston';
const token = getSecret('TOKEN');
const out = createLogger({});
out.crit(token);`,
      errors: [
        {
          messageId: 'secretFlowInLog',
          line: 5,
          column: 10,
          endLine: 5,
          endColumn: 15,
          data: { subject: '`token`', source: "`getSecret('TOKEN')`", line: 3 },
        },
      ],
    },
    {
      code: `
const token = getSecret('TOKEN');
const out = require('bunyan').createLogger({ name: 'app' });
out.info(token);`,
      errors: [
        {
          messageId: 'secretFlowInLog',
          line: 4,
          column: 10,
          endLine: 4,
          endColumn: 15,
          data: { subject: '`token`', source: "`getSecret('TOKEN')`", line: 2 },
        },
      ],
    },
    {
      code: `
import bunyan from 'bunyan';
const token = getSecret('TOKEN');
const out = new bunyan({ name: 'app' });
out.warn(token);`,
      errors: [
        {
          messageId: 'secretFlowInLog',
          line: 5,
          column: 10,
          endLine: 5,
          endColumn: 15,
          data: { subject: '`token`', source: "`getSecret('TOKEN')`", line: 3 },
        },
      ],
    },
    {
      code: `
import log4js from 'log4js';
const token = getSecret('TOKEN');
const out = log4js.getLogger();
out.error(token);`,
      errors: [
        {
          messageId: 'secretFlowInLog',
          line: 5,
          column: 11,
          endLine: 5,
          endColumn: 16,
          data: { subject: '`token`', source: "`getSecret('TOKEN')`", line: 3 },
        },
      ],
    },
    // sink: loglevel, consola, signale and npmlog
    {
      code: `
import loglevel from 'loglevel';
const token = getSecret('TOKEN');
loglevel.info(token);
loglevel.getLogger('db').warn(token);`,
      errors: [
        {
          messageId: 'secretFlowInLog',
          line: 4,
          column: 15,
          endLine: 4,
          endColumn: 20,
          data: { subject: '`token`', source: "`getSecret('TOKEN')`", line: 3 },
        },
        {
          messageId: 'secretFlowInLog',
          line: 5,
          column: 31,
          endLine: 5,
          endColumn: 36,
          data: { subject: '`token`', source: "`getSecret('TOKEN')`", line: 3 },
        },
      ],
    },
    {
      code: `
import { consola } from 'consola';
const token = getSecret('TOKEN');
consola.box(token);
consola.withTag('auth').success(token);`,
      errors: [
        {
          messageId: 'secretFlowInLog',
          line: 4,
          column: 13,
          endLine: 4,
          endColumn: 18,
          data: { subject: '`token`', source: "`getSecret('TOKEN')`", line: 3 },
        },
        {
          messageId: 'secretFlowInLog',
          line: 5,
          column: 33,
          endLine: 5,
          endColumn: 38,
          data: { subject: '`token`', source: "`getSecret('TOKEN')`", line: 3 },
        },
      ],
    },
    {
      code: `
import signale, { Signale } from 'signale';
const token = getSecret('TOKEN');
signale.star(token);
new Signale().pending(token);`,
      errors: [
        {
          messageId: 'secretFlowInLog',
          line: 4,
          column: 14,
          endLine: 4,
          endColumn: 19,
          data: { subject: '`token`', source: "`getSecret('TOKEN')`", line: 3 },
        },
        {
          messageId: 'secretFlowInLog',
          line: 5,
          column: 23,
          endLine: 5,
          endColumn: 28,
          data: { subject: '`token`', source: "`getSecret('TOKEN')`", line: 3 },
        },
      ],
    },
    {
      code: `
import npmlog from 'npmlog';
const token = getSecret('TOKEN');
npmlog.http('fetch', token);`,
      errors: [
        {
          messageId: 'secretFlowInLog',
          line: 4,
          column: 22,
          endLine: 4,
          endColumn: 27,
          data: { subject: '`token`', source: "`getSecret('TOKEN')`", line: 3 },
        },
      ],
    },
    // sink: debug instances
    {
      code: `
import createDebug from 'debug';
const token = getSecret('TOKEN');
const trace = createDebug('app:auth');
trace(token);
trace.extend('db')(token);`,
      errors: [
        {
          messageId: 'secretFlowInLog',
          line: 5,
          column: 7,
          endLine: 5,
          endColumn: 12,
          data: { subject: '`token`', source: "`getSecret('TOKEN')`", line: 3 },
        },
        {
          messageId: 'secretFlowInLog',
          line: 6,
          column: 20,
          endLine: 6,
          endColumn: 25,
          data: { subject: '`token`', source: "`getSecret('TOKEN')`", line: 3 },
        },
      ],
    },
    {
      code: `
const token = getSecret('TOKEN');
require('debug')('app')(token);`,
      errors: [
        {
          messageId: 'secretFlowInLog',
          line: 3,
          column: 25,
          endLine: 3,
          endColumn: 30,
          data: { subject: '`token`', source: "`getSecret('TOKEN')`", line: 2 },
        },
      ],
    },
    // sink: NestJS
    {
      code: `
import { Logger } from '@nestjs/common';
const token = getSecret('TOKEN');
const out = new Logger('Auth');
out.verbose(token);
Logger.log(token);`,
      errors: [
        {
          messageId: 'secretFlowInLog',
          line: 5,
          column: 13,
          endLine: 5,
          endColumn: 18,
          data: { subject: '`token`', source: "`getSecret('TOKEN')`", line: 3 },
        },
        {
          messageId: 'secretFlowInLog',
          line: 6,
          column: 12,
          endLine: 6,
          endColumn: 17,
          data: { subject: '`token`', source: "`getSecret('TOKEN')`", line: 3 },
        },
      ],
    },
    {
      code: `
import { Injectable, Logger } from '@nestjs/common';
@Injectable()
export class AuthService {
  private readonly logger = new Logger(AuthService.name);
  login(password: string): void {
    this.logger.log(password);
  }
}`,
      errors: [
        {
          messageId: 'secretInLog',
          line: 7,
          column: 21,
          endLine: 7,
          endColumn: 29,
          data: { subject: '`password`', reason: 'is named as a secret' },
        },
      ],
    },
    // sink: objects named like loggers
    {
      code: `
const token = getSecret('TOKEN');
log.info(token);
logger.debug(token);
authLogger.error(token);
this.logger.warn(token);
ctx.logger.trace(token);`,
      errors: [
        {
          messageId: 'secretFlowInLog',
          line: 3,
          column: 10,
          endLine: 3,
          endColumn: 15,
          data: { subject: '`token`', source: "`getSecret('TOKEN')`", line: 2 },
        },
        {
          messageId: 'secretFlowInLog',
          line: 4,
          column: 14,
          endLine: 4,
          endColumn: 19,
          data: { subject: '`token`', source: "`getSecret('TOKEN')`", line: 2 },
        },
        {
          messageId: 'secretFlowInLog',
          line: 5,
          column: 18,
          endLine: 5,
          endColumn: 23,
          data: { subject: '`token`', source: "`getSecret('TOKEN')`", line: 2 },
        },
        {
          messageId: 'secretFlowInLog',
          line: 6,
          column: 18,
          endLine: 6,
          endColumn: 23,
          data: { subject: '`token`', source: "`getSecret('TOKEN')`", line: 2 },
        },
        {
          messageId: 'secretFlowInLog',
          line: 7,
          column: 18,
          endLine: 7,
          endColumn: 23,
          data: { subject: '`token`', source: "`getSecret('TOKEN')`", line: 2 },
        },
      ],
    },
    // sink: the loggers setting
    {
      code: `
const token = getSecret('TOKEN');
audit(token);
ctx.audit.record(token);
this.tracer.note(token);`,
      settings: {
        'secret-hygiene': { loggers: ['audit', 'ctx.audit', 'this.tracer'] },
      },
      errors: [
        {
          messageId: 'secretFlowInLog',
          line: 3,
          column: 7,
          endLine: 3,
          endColumn: 12,
          data: { subject: '`token`', source: "`getSecret('TOKEN')`", line: 2 },
        },
        {
          messageId: 'secretFlowInLog',
          line: 4,
          column: 18,
          endLine: 4,
          endColumn: 23,
          data: { subject: '`token`', source: "`getSecret('TOKEN')`", line: 2 },
        },
        {
          messageId: 'secretFlowInLog',
          line: 5,
          column: 18,
          endLine: 5,
          endColumn: 23,
          data: { subject: '`token`', source: "`getSecret('TOKEN')`", line: 2 },
        },
      ],
    },
  ],
});
