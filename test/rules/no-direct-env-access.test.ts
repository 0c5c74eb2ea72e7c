import * as tsParser from '@typescript-eslint/parser';
import { TSESLint } from '@typescript-eslint/utils';
import { describe, expect, it } from 'vitest';

import rule from '../../rules/no-direct-env-access.js';
import { KITCHEN_SINK } from '../helpers/kitchenSink.js';
import { createRuleTester } from '../ruleTester.js';

const ruleTester = createRuleTester();

// Fixes need to know where the accessor comes from.
const settings = {
  'secret-hygiene': { accessor: { name: 'getSecret', module: '#secrets' } },
};
const accessor = '`getSecret()`';

// A string `output` also asserts that one fix pass reaches it: the rule
// tester fails when a second pass would change the code again.
ruleTester.run('no-direct-env-access', rule, {
  valid: [
    // allowed by default
    'const mode = process.env.NODE_ENV;',
    // a local `process` or `env` is not the environment
    'function read(process: Host) { return process.env.API_KEY; }',
    'const process = { env: {} as Env }; process.env.API_KEY;',
    'function read(env: Env) { return env.API_KEY; }',
    `
import { env } from "./config";
const key = env.API_KEY;
`,
    // other objects' `env` properties
    'const key = config.env.API_KEY;',
    'const key = config?.env?.API_KEY;',
    'class Job { env = {} as Env; run() { return this.env.API_KEY; } }',
    // writes are not reads
    'process.env.API_KEY = "value";',
    'delete process.env.API_KEY;',
    // Vite's own constants
    'const mode = import.meta.env.MODE;',
    // types
    'type Key = typeof process.env.API_KEY;',
    // option: allow
    {
      code: 'const port = process.env.PORT;',
      options: [{ allow: ['PORT'] }],
    },
    {
      code: 'const title = import.meta.env.VITE_TITLE;',
      options: [{ allow: ['/^VITE_/u'] }],
    },
    // option: allowFiles
    {
      code: 'const key = process.env.API_KEY;',
      filename: 'scripts/seed.ts',
      options: [{ allowFiles: ['scripts/**'] }],
    },
    // setting: accessor.files
    {
      code: 'export const getSecret = (name: string) => process.env[name];',
      filename: 'src/config/secrets.ts',
      settings: {
        'secret-hygiene': {
          accessor: { name: 'getSecret', files: ['src/config/**'] },
        },
      },
    },
    // option: secretsOnly
    {
      code: 'const port = process.env.PORT;',
      options: [{ secretsOnly: true }],
    },
    {
      code: 'const value = process.env[name];',
      options: [{ secretsOnly: true }],
    },
    {
      code: 'const names = Object.keys(process.env);',
      options: [{ secretsOnly: true }],
    },
    // option: checkWrites, with an allowed name
    {
      code: 'process.env.NODE_ENV = "test";',
      options: [{ checkWrites: true }],
    },
    // odd syntax
    {
      code: 'const view = <Panel title={config.env.TITLE} />;',
      filename: 'src/view.tsx',
    },
    `
@Injectable()
class Service {
  #env = new Map<string, string>();
  @Input() env?: string;
  read(): string | undefined {
    return this.#env.get("API_KEY");
  }
}
`,
    `
enum Env {
  API_KEY = "API_KEY",
}
namespace Config {
  export const env = {};
}
declare const env: Record<string, string>;
const key = env[Env.API_KEY];
`,
    // every kind of syntax, none of it an environment read
    KITCHEN_SINK,
  ],
  invalid: [
    // member reads, fixed with the import added at the top
    {
      code: `
const key = process.env.API_KEY;
`,
      settings,
      output: `
import { getSecret } from "#secrets";
const key = getSecret("API_KEY");
`,
      errors: [
        {
          messageId: 'unexpectedEnvRead',
          data: { name: '`API_KEY`', accessor },
          line: 2,
          column: 13,
          endLine: 2,
          endColumn: 32,
        },
      ],
    },
    {
      code: `
const key = process.env["API_KEY"];
`,
      settings,
      output: `
import { getSecret } from "#secrets";
const key = getSecret("API_KEY");
`,
      errors: [
        {
          messageId: 'unexpectedEnvRead',
          data: { name: '`API_KEY`', accessor },
          line: 2,
          column: 13,
          endLine: 2,
          endColumn: 35,
        },
      ],
    },
    {
      code: `
const key = process.env[\`API_KEY\`];
`,
      settings,
      output: `
import { getSecret } from "#secrets";
const key = getSecret("API_KEY");
`,
      errors: [
        {
          messageId: 'unexpectedEnvRead',
          data: { name: '`API_KEY`', accessor },
          line: 2,
          column: 13,
          endLine: 2,
          endColumn: 35,
        },
      ],
    },
    {
      code: `
const key = process["env"].API_KEY;
`,
      settings,
      output: `
import { getSecret } from "#secrets";
const key = getSecret("API_KEY");
`,
      errors: [
        {
          messageId: 'unexpectedEnvRead',
          data: { name: '`API_KEY`', accessor },
          line: 2,
          column: 13,
          endLine: 2,
          endColumn: 35,
        },
      ],
    },
    {
      code: `
const a = globalThis.process.env.API_KEY;
const b = global.process.env.DB_PASSWORD;
`,
      settings,
      output: `
import { getSecret } from "#secrets";
const a = getSecret("API_KEY");
const b = getSecret("DB_PASSWORD");
`,
      errors: [
        {
          messageId: 'unexpectedEnvRead',
          data: { name: '`API_KEY`', accessor },
          line: 2,
          column: 11,
          endLine: 2,
          endColumn: 41,
        },
        {
          messageId: 'unexpectedEnvRead',
          data: { name: '`DB_PASSWORD`', accessor },
          line: 3,
          column: 11,
          endLine: 3,
          endColumn: 41,
        },
      ],
    },
    // a redundant non-null assertion goes with the read; comments stay
    {
      code: `
const key = /* signing */ process.env.JWT_SECRET!; // rotated monthly
`,
      settings,
      output: `
import { getSecret } from "#secrets";
const key = /* signing */ getSecret("JWT_SECRET"); // rotated monthly
`,
      errors: [
        {
          messageId: 'unexpectedEnvRead',
          data: { name: '`JWT_SECRET`', accessor },
          line: 2,
          column: 27,
          endLine: 2,
          endColumn: 49,
        },
      ],
    },
    // the import goes after the last import, in the file's quote style
    {
      code: `
import express from 'express';
import { Pool } from 'pg';

const pool = new Pool({ password: process.env.PGPASSWORD });
`,
      settings,
      output: `
import express from 'express';
import { Pool } from 'pg';
import { getSecret } from '#secrets';

const pool = new Pool({ password: getSecret('PGPASSWORD') });
`,
      errors: [
        {
          messageId: 'unexpectedEnvRead',
          data: { name: '`PGPASSWORD`', accessor },
          line: 5,
          column: 35,
          endLine: 5,
          endColumn: 57,
        },
      ],
    },
    // an existing import from the accessor's module gains the specifier
    {
      code: `
import { loadConfig } from "#secrets";
const key = process.env.API_KEY;
`,
      settings,
      output: `
import { loadConfig, getSecret } from "#secrets";
const key = getSecret("API_KEY");
`,
      errors: [
        {
          messageId: 'unexpectedEnvRead',
          data: { name: '`API_KEY`', accessor },
          line: 3,
          column: 13,
          endLine: 3,
          endColumn: 32,
        },
      ],
    },
    // the accessor is already imported, under another name: no import,
    // and each read is its own fix
    {
      code: `
import { getSecret as readSecret } from "./secrets";
const key = process.env.API_KEY;
const token = process.env.API_TOKEN;
`,
      output: `
import { getSecret as readSecret } from "./secrets";
const key = readSecret("API_KEY");
const token = readSecret("API_TOKEN");
`,
      errors: [
        {
          messageId: 'unexpectedEnvRead',
          data: { name: '`API_KEY`', accessor },
          line: 3,
          column: 13,
          endLine: 3,
          endColumn: 32,
        },
        {
          messageId: 'unexpectedEnvRead',
          data: { name: '`API_TOKEN`', accessor },
          line: 4,
          column: 15,
          endLine: 4,
          endColumn: 36,
        },
      ],
    },
    // a relative module is imported relative to the file
    {
      code: `
import { Router } from "express";
export const router = Router({ strict: process.env.STRICT_ROUTES === "1" });
`,
      filename: 'src/routes/users.ts',
      settings: {
        'secret-hygiene': {
          accessor: { name: 'getSecret', module: './src/config/secrets.ts' },
        },
      },
      output: `
import { Router } from "express";
import { getSecret } from "../config/secrets.ts";
export const router = Router({ strict: getSecret("STRICT_ROUTES") === "1" });
`,
      errors: [
        {
          messageId: 'unexpectedEnvRead',
          data: { name: '`STRICT_ROUTES`', accessor },
          line: 3,
          column: 40,
          endLine: 3,
          endColumn: 65,
        },
      ],
    },
    // CommonJS: a `require` after the last one
    {
      code: `
"use strict";
const express = require("express");
const { env } = require("node:process");
module.exports = { key: env.API_KEY, port: require("process").env.PORT };
`,
      filename: 'src/server.cjs',
      languageOptions: { parserOptions: { sourceType: 'commonjs' } },
      settings,
      output: `
"use strict";
const express = require("express");
const { env } = require("node:process");
const { getSecret } = require("#secrets");
module.exports = { key: getSecret("API_KEY"), port: getSecret("PORT") };
`,
      errors: [
        {
          messageId: 'unexpectedEnvRead',
          data: { name: '`API_KEY`', accessor },
          line: 5,
          column: 25,
          endLine: 5,
          endColumn: 36,
        },
        {
          messageId: 'unexpectedEnvRead',
          data: { name: '`PORT`', accessor },
          line: 5,
          column: 44,
          endLine: 5,
          endColumn: 71,
        },
      ],
    },
    // CommonJS: a read that runs before the `require`s cannot call the
    // accessor, whose `require` would come after it
    {
      code: `
const key = process.env.API_KEY;
const express = require("express");
`,
      filename: 'src/server.cjs',
      languageOptions: { parserOptions: { sourceType: 'commonjs' } },
      settings,
      output: null,
      errors: [
        {
          messageId: 'unexpectedEnvRead',
          data: { name: '`API_KEY`', accessor },
          line: 2,
          column: 13,
          endLine: 2,
          endColumn: 32,
        },
      ],
    },
    // ES modules: a read between imports waits one pass for the import
    {
      code: `
import a from "a";
const early = process.env.EARLY_TOKEN;
import b from "b";
const late = process.env.LATE_TOKEN;
`,
      settings,
      output: [
        `
import a from "a";
const early = process.env.EARLY_TOKEN;
import b from "b";
import { getSecret } from "#secrets";
const late = getSecret("LATE_TOKEN");
`,
        `
import a from "a";
const early = getSecret("EARLY_TOKEN");
import b from "b";
import { getSecret } from "#secrets";
const late = getSecret("LATE_TOKEN");
`,
      ],
      errors: [
        {
          messageId: 'unexpectedEnvRead',
          data: { name: '`EARLY_TOKEN`', accessor },
          line: 3,
          column: 15,
          endLine: 3,
          endColumn: 38,
        },
        {
          messageId: 'unexpectedEnvRead',
          data: { name: '`LATE_TOKEN`', accessor },
          line: 5,
          column: 14,
          endLine: 5,
          endColumn: 36,
        },
      ],
    },
    // twelve reads, the last one ending the file: one pass fixes them all
    {
      code: `
use(process.env.A1, process.env.A2);
use(process.env.A3, process.env.A4);
use(process.env.A5, process.env.A6);
use(process.env.A7, process.env.A8);
use(process.env.A9, process.env.A10);
use(process.env.A11);
process.env.A12`,
      settings,
      output: [
        `
import { getSecret } from "#secrets";
use(getSecret("A1"), getSecret("A2"));
use(getSecret("A3"), getSecret("A4"));
use(getSecret("A5"), getSecret("A6"));
use(getSecret("A7"), getSecret("A8"));
use(getSecret("A9"), getSecret("A10"));
use(getSecret("A11"));
getSecret("A12")`,
      ],
      errors: [
        {
          messageId: 'unexpectedEnvRead',
          data: { name: '`A1`', accessor },
          line: 2,
          column: 5,
          endLine: 2,
          endColumn: 19,
        },
        {
          messageId: 'unexpectedEnvRead',
          data: { name: '`A2`', accessor },
          line: 2,
          column: 21,
          endLine: 2,
          endColumn: 35,
        },
        {
          messageId: 'unexpectedEnvRead',
          data: { name: '`A3`', accessor },
          line: 3,
          column: 5,
          endLine: 3,
          endColumn: 19,
        },
        {
          messageId: 'unexpectedEnvRead',
          data: { name: '`A4`', accessor },
          line: 3,
          column: 21,
          endLine: 3,
          endColumn: 35,
        },
        {
          messageId: 'unexpectedEnvRead',
          data: { name: '`A5`', accessor },
          line: 4,
          column: 5,
          endLine: 4,
          endColumn: 19,
        },
        {
          messageId: 'unexpectedEnvRead',
          data: { name: '`A6`', accessor },
          line: 4,
          column: 21,
          endLine: 4,
          endColumn: 35,
        },
        {
          messageId: 'unexpectedEnvRead',
          data: { name: '`A7`', accessor },
          line: 5,
          column: 5,
          endLine: 5,
          endColumn: 19,
        },
        {
          messageId: 'unexpectedEnvRead',
          data: { name: '`A8`', accessor },
          line: 5,
          column: 21,
          endLine: 5,
          endColumn: 35,
        },
        {
          messageId: 'unexpectedEnvRead',
          data: { name: '`A9`', accessor },
          line: 6,
          column: 5,
          endLine: 6,
          endColumn: 19,
        },
        {
          messageId: 'unexpectedEnvRead',
          data: { name: '`A10`', accessor },
          line: 6,
          column: 21,
          endLine: 6,
          endColumn: 36,
        },
        {
          messageId: 'unexpectedEnvRead',
          data: { name: '`A11`', accessor },
          line: 7,
          column: 5,
          endLine: 7,
          endColumn: 20,
        },
        {
          messageId: 'unexpectedEnvRead',
          data: { name: '`A12`', accessor },
          line: 8,
          column: 1,
          endLine: 8,
          endColumn: 16,
        },
      ],
    },
    // a report that an `eslint-disable` comment drops is not fixed by the
    // first report's fix either (the tester names the rule `@rule-tester/…`)
    {
      code: `
const a = process.env.A_TOKEN;
// eslint-disable-next-line @rule-tester/no-direct-env-access -- legacy loader
const b = process.env.B_TOKEN;
/* eslint-disable @rule-tester/no-direct-env-access */
const c = process.env.C_TOKEN;
/* eslint-enable @rule-tester/no-direct-env-access */
const d = process.env.D_TOKEN; // eslint-disable-line @rule-tester/no-direct-env-access
const e = process.env.E_TOKEN;
`,
      settings,
      output: `
import { getSecret } from "#secrets";
const a = getSecret("A_TOKEN");
// eslint-disable-next-line @rule-tester/no-direct-env-access -- legacy loader
const b = process.env.B_TOKEN;
/* eslint-disable @rule-tester/no-direct-env-access */
const c = process.env.C_TOKEN;
/* eslint-enable @rule-tester/no-direct-env-access */
const d = process.env.D_TOKEN; // eslint-disable-line @rule-tester/no-direct-env-access
const e = getSecret("E_TOKEN");
`,
      errors: [
        {
          messageId: 'unexpectedEnvRead',
          data: { name: '`A_TOKEN`', accessor },
          line: 2,
          column: 11,
          endLine: 2,
          endColumn: 30,
        },
        {
          messageId: 'unexpectedEnvRead',
          data: { name: '`E_TOKEN`', accessor },
          line: 9,
          column: 11,
          endLine: 9,
          endColumn: 30,
        },
      ],
    },
    {
      code: `
/* eslint-disable */
const a = process.env.A_TOKEN;
/* eslint-enable @rule-tester/no-direct-env-access */
const b = process.env.B_TOKEN;
`,
      settings,
      output: `
/* eslint-disable */
import { getSecret } from "#secrets";
const a = process.env.A_TOKEN;
/* eslint-enable @rule-tester/no-direct-env-access */
const b = getSecret("B_TOKEN");
`,
      errors: [
        {
          messageId: 'unexpectedEnvRead',
          data: { name: '`B_TOKEN`', accessor },
          line: 5,
          column: 11,
          endLine: 5,
          endColumn: 30,
        },
      ],
    },
    // destructuring: one accessor call per name
    {
      code: `
const { API_KEY, DB_PASSWORD: dbPassword } = process.env;
`,
      settings,
      output: `
import { getSecret } from "#secrets";
const API_KEY = getSecret("API_KEY"), dbPassword = getSecret("DB_PASSWORD");
`,
      errors: [
        {
          messageId: 'unexpectedEnvRead',
          data: { name: '`API_KEY`', accessor },
          line: 2,
          column: 9,
          endLine: 2,
          endColumn: 16,
        },
        {
          messageId: 'unexpectedEnvRead',
          data: { name: '`DB_PASSWORD`', accessor },
          line: 2,
          column: 18,
          endLine: 2,
          endColumn: 41,
        },
      ],
    },
    // destructuring: names that are not reported stay destructured
    {
      code: `
export const { NODE_ENV, SESSION_SECRET } = process.env;
`,
      settings,
      output: `
import { getSecret } from "#secrets";
export const { NODE_ENV } = process.env, SESSION_SECRET = getSecret("SESSION_SECRET");
`,
      errors: [
        {
          messageId: 'unexpectedEnvRead',
          data: { name: '`SESSION_SECRET`', accessor },
          line: 2,
          column: 26,
          endLine: 2,
          endColumn: 40,
        },
      ],
    },
    // destructuring with a default, a rest element or a comment: no fix
    {
      code: `
const { API_KEY, PORT = "3000", ...rest } = process.env;
`,
      settings,
      output: null,
      errors: [
        {
          messageId: 'unexpectedEnvRead',
          data: { name: '`API_KEY`', accessor },
          line: 2,
          column: 9,
          endLine: 2,
          endColumn: 16,
        },
        {
          messageId: 'unexpectedEnvRead',
          data: { name: '`PORT`', accessor },
          line: 2,
          column: 18,
          endLine: 2,
          endColumn: 31,
        },
        {
          messageId: 'unexpectedEnvUse',
          data: { code: '`...rest`', accessor },
          line: 2,
          column: 33,
          endLine: 2,
          endColumn: 40,
        },
      ],
    },
    {
      code: `
const { API_KEY /* billing */ } = process.env;
`,
      settings,
      output: null,
      errors: [
        {
          messageId: 'unexpectedEnvRead',
          data: { name: '`API_KEY`', accessor },
          line: 2,
          column: 9,
          endLine: 2,
          endColumn: 16,
        },
      ],
    },
    // destructuring in parameters, and in an assignment: no fix
    {
      code: `
function connect({ DB_PASSWORD } = process.env) {}
({ API_KEY: key } = process.env);
`,
      settings,
      output: null,
      errors: [
        {
          messageId: 'unexpectedEnvRead',
          data: { name: '`DB_PASSWORD`', accessor },
          line: 2,
          column: 20,
          endLine: 2,
          endColumn: 31,
        },
        {
          messageId: 'unexpectedEnvRead',
          data: { name: '`API_KEY`', accessor },
          line: 3,
          column: 4,
          endLine: 3,
          endColumn: 16,
        },
      ],
    },
    // aliases: each read through the alias is reported
    {
      code: `
const env = process.env;
const key = env.API_KEY;
`,
      settings,
      output: `
import { getSecret } from "#secrets";
const env = process.env;
const key = getSecret("API_KEY");
`,
      errors: [
        {
          messageId: 'unexpectedEnvRead',
          data: { name: '`API_KEY`', accessor },
          line: 3,
          column: 13,
          endLine: 3,
          endColumn: 24,
        },
      ],
    },
    {
      code: `
import { env } from "node:process";
import process from "process";
import * as proc from "node:process";
use(env.A_TOKEN, process.env.B_TOKEN, proc.env.C_TOKEN);
`,
      settings,
      output: `
import { env } from "node:process";
import process from "process";
import * as proc from "node:process";
import { getSecret } from "#secrets";
use(getSecret("A_TOKEN"), getSecret("B_TOKEN"), getSecret("C_TOKEN"));
`,
      errors: [
        {
          messageId: 'unexpectedEnvRead',
          data: { name: '`A_TOKEN`', accessor },
          line: 5,
          column: 5,
          endLine: 5,
          endColumn: 16,
        },
        {
          messageId: 'unexpectedEnvRead',
          data: { name: '`B_TOKEN`', accessor },
          line: 5,
          column: 18,
          endLine: 5,
          endColumn: 37,
        },
        {
          messageId: 'unexpectedEnvRead',
          data: { name: '`C_TOKEN`', accessor },
          line: 5,
          column: 39,
          endLine: 5,
          endColumn: 55,
        },
      ],
    },
    // an exported alias hands the whole environment to other files
    {
      code: 'export const env = process.env;',
      settings,
      output: null,
      errors: [
        {
          messageId: 'unexpectedEnvUse',
          data: { code: '`process.env`', accessor },
          line: 1,
          column: 20,
          endLine: 1,
          endColumn: 31,
        },
      ],
    },
    // whole-environment uses
    {
      code: `
const names = Object.keys(process.env);
const copy = { ...process.env };
const has = "API_KEY" in process.env;
log(JSON.stringify(process.env));
process.env.hasOwnProperty("API_KEY");
`,
      settings,
      output: null,
      errors: [
        {
          messageId: 'unexpectedEnvUse',
          data: { code: '`process.env`', accessor },
          line: 2,
          column: 27,
          endLine: 2,
          endColumn: 38,
        },
        {
          messageId: 'unexpectedEnvUse',
          data: { code: '`process.env`', accessor },
          line: 3,
          column: 19,
          endLine: 3,
          endColumn: 30,
        },
        {
          messageId: 'unexpectedEnvUse',
          data: { code: '`process.env`', accessor },
          line: 4,
          column: 26,
          endLine: 4,
          endColumn: 37,
        },
        {
          messageId: 'unexpectedEnvUse',
          data: { code: '`process.env`', accessor },
          line: 5,
          column: 20,
          endLine: 5,
          endColumn: 31,
        },
        {
          messageId: 'unexpectedEnvUse',
          data: { code: '`process.env`', accessor },
          line: 6,
          column: 1,
          endLine: 6,
          endColumn: 12,
        },
      ],
    },
    // dynamic keys: no fix
    {
      code: `
const value = process.env[name];
const other = process.env[\`\${prefix}_TOKEN\`];
`,
      settings,
      output: null,
      errors: [
        {
          messageId: 'unexpectedDynamicEnvRead',
          data: { code: '`process.env[name]`', accessor },
          line: 2,
          column: 15,
          endLine: 2,
          endColumn: 32,
        },
        {
          messageId: 'unexpectedDynamicEnvRead',
          data: { code: '`process.env[`${prefix}_TOKEN`]`', accessor },
          line: 3,
          column: 15,
          endLine: 3,
          endColumn: 45,
        },
      ],
    },
    // other runtimes
    {
      code: `
const a = import.meta.env.VITE_API_KEY;
const b = Bun.env.API_TOKEN;
const c = Deno.env.get("DB_PASSWORD");
`,
      settings,
      output: `
import { getSecret } from "#secrets";
const a = getSecret("VITE_API_KEY");
const b = getSecret("API_TOKEN");
const c = getSecret("DB_PASSWORD");
`,
      errors: [
        {
          messageId: 'unexpectedEnvRead',
          data: { name: '`VITE_API_KEY`', accessor },
          line: 2,
          column: 11,
          endLine: 2,
          endColumn: 39,
        },
        {
          messageId: 'unexpectedEnvRead',
          data: { name: '`API_TOKEN`', accessor },
          line: 3,
          column: 11,
          endLine: 3,
          endColumn: 28,
        },
        {
          messageId: 'unexpectedEnvRead',
          data: { name: '`DB_PASSWORD`', accessor },
          line: 4,
          column: 11,
          endLine: 4,
          endColumn: 38,
        },
      ],
    },
    {
      code: `
const all = Deno.env.toObject();
const has = Deno.env.has("API_KEY");
`,
      settings,
      output: null,
      errors: [
        {
          messageId: 'unexpectedEnvUse',
          data: { code: '`Deno.env.toObject()`', accessor },
          line: 2,
          column: 13,
          endLine: 2,
          endColumn: 32,
        },
        {
          messageId: 'unexpectedEnvRead',
          data: { name: '`API_KEY`', accessor },
          line: 3,
          column: 13,
          endLine: 3,
          endColumn: 36,
        },
      ],
    },
    // presence checks and fallbacks expect a missing variable: no fix
    {
      code: `
if (process.env.A_KEY) {}
const b = process.env.B_KEY === undefined;
const c = typeof process.env.C_KEY;
const d = !process.env.D_KEY;
const e = process.env.E_KEY ?? "none";
const f = Boolean(process.env.F_KEY);
`,
      settings,
      output: null,
      errors: [
        {
          messageId: 'unexpectedEnvRead',
          data: { name: '`A_KEY`', accessor },
          line: 2,
          column: 5,
          endLine: 2,
          endColumn: 22,
        },
        {
          messageId: 'unexpectedEnvRead',
          data: { name: '`B_KEY`', accessor },
          line: 3,
          column: 11,
          endLine: 3,
          endColumn: 28,
        },
        {
          messageId: 'unexpectedEnvRead',
          data: { name: '`C_KEY`', accessor },
          line: 4,
          column: 18,
          endLine: 4,
          endColumn: 35,
        },
        {
          messageId: 'unexpectedEnvRead',
          data: { name: '`D_KEY`', accessor },
          line: 5,
          column: 12,
          endLine: 5,
          endColumn: 29,
        },
        {
          messageId: 'unexpectedEnvRead',
          data: { name: '`E_KEY`', accessor },
          line: 6,
          column: 11,
          endLine: 6,
          endColumn: 28,
        },
        {
          messageId: 'unexpectedEnvRead',
          data: { name: '`F_KEY`', accessor },
          line: 7,
          column: 19,
          endLine: 7,
          endColumn: 36,
        },
      ],
    },
    // a value that is also written, or called: no fix
    {
      code: `
process.env.RETRIES ??= "3";
new process.env.Handler();
`,
      settings,
      output: null,
      errors: [
        {
          messageId: 'unexpectedEnvRead',
          data: { name: '`RETRIES`', accessor },
          line: 2,
          column: 1,
          endLine: 2,
          endColumn: 20,
        },
        {
          messageId: 'unexpectedEnvRead',
          data: { name: '`Handler`', accessor },
          line: 3,
          column: 5,
          endLine: 3,
          endColumn: 24,
        },
      ],
    },
    // the accessor is unknown: no `module`, nothing imported
    {
      code: 'const key = process.env.API_KEY;',
      output: null,
      errors: [
        {
          messageId: 'unexpectedEnvRead',
          data: { name: '`API_KEY`', accessor },
          line: 1,
          column: 13,
          endLine: 1,
          endColumn: 32,
        },
      ],
    },
    // the accessor declared in the file: called after it, not inside it
    {
      code: `
function getSecret(name: string): string {
  return process.env.FALLBACK_TOKEN ?? fail(name);
}
const key = process.env.API_KEY;
`,
      output: `
function getSecret(name: string): string {
  return process.env.FALLBACK_TOKEN ?? fail(name);
}
const key = getSecret("API_KEY");
`,
      errors: [
        {
          messageId: 'unexpectedEnvRead',
          data: { name: '`FALLBACK_TOKEN`', accessor },
          line: 3,
          column: 10,
          endLine: 3,
          endColumn: 36,
        },
        {
          messageId: 'unexpectedEnvRead',
          data: { name: '`API_KEY`', accessor },
          line: 5,
          column: 13,
          endLine: 5,
          endColumn: 32,
        },
      ],
    },
    {
      code: `
const early = process.env.EARLY_TOKEN;
const { getSecret } = require("./secrets");
const late = process.env.LATE_TOKEN;
`,
      filename: 'src/server.cjs',
      languageOptions: { parserOptions: { sourceType: 'commonjs' } },
      output: `
const early = process.env.EARLY_TOKEN;
const { getSecret } = require("./secrets");
const late = getSecret("LATE_TOKEN");
`,
      errors: [
        {
          messageId: 'unexpectedEnvRead',
          data: { name: '`EARLY_TOKEN`', accessor },
          line: 2,
          column: 15,
          endLine: 2,
          endColumn: 38,
        },
        {
          messageId: 'unexpectedEnvRead',
          data: { name: '`LATE_TOKEN`', accessor },
          line: 4,
          column: 14,
          endLine: 4,
          endColumn: 36,
        },
      ],
    },
    // a local binding hides the accessor: no fix there
    {
      code: `
function run(getSecret: unknown) {
  return process.env.API_KEY;
}
`,
      settings,
      output: null,
      errors: [
        {
          messageId: 'unexpectedEnvRead',
          data: { name: '`API_KEY`', accessor },
          line: 3,
          column: 10,
          endLine: 3,
          endColumn: 29,
        },
      ],
    },
    // option: allow replaces the default list
    {
      code: `
const mode = process.env.NODE_ENV;
const port = process.env.PORT;
const title = import.meta.env.VITE_TITLE;
`,
      options: [{ allow: ['PORT', '/^VITE_/u'] }],
      errors: [
        {
          messageId: 'unexpectedEnvRead',
          data: { name: '`NODE_ENV`', accessor },
          line: 2,
          column: 14,
          endLine: 2,
          endColumn: 34,
        },
      ],
    },
    // option: secretsOnly
    {
      code: `
const { PORT, STRIPE_SECRET_KEY } = process.env;
`,
      options: [{ secretsOnly: true }],
      settings,
      output: `
import { getSecret } from "#secrets";
const { PORT } = process.env, STRIPE_SECRET_KEY = getSecret("STRIPE_SECRET_KEY");
`,
      errors: [
        {
          messageId: 'unexpectedEnvRead',
          data: { name: '`STRIPE_SECRET_KEY`', accessor },
          line: 2,
          column: 15,
          endLine: 2,
          endColumn: 32,
        },
      ],
    },
    // option: checkWrites
    {
      code: `
process.env.API_KEY = "value";
delete process.env.API_KEY;
process.env = {};
Deno.env.set("API_KEY", "value");
`,
      options: [{ checkWrites: true }],
      settings,
      output: null,
      errors: [
        {
          messageId: 'unexpectedEnvWrite',
          data: { code: '`process.env.API_KEY`' },
          line: 2,
          column: 1,
          endLine: 2,
          endColumn: 20,
        },
        {
          messageId: 'unexpectedEnvWrite',
          data: { code: '`process.env.API_KEY`' },
          line: 3,
          column: 8,
          endLine: 3,
          endColumn: 27,
        },
        {
          messageId: 'unexpectedEnvWrite',
          data: { code: '`process.env`' },
          line: 4,
          column: 1,
          endLine: 4,
          endColumn: 12,
        },
        {
          messageId: 'unexpectedEnvWrite',
          data: { code: '`Deno.env.set("API_KEY", "value")`' },
          line: 5,
          column: 1,
          endLine: 5,
          endColumn: 33,
        },
      ],
    },
    // odd syntax
    {
      code: `
export const view = <Panel apiKey={process.env.API_KEY} />;
`,
      filename: 'src/view.tsx',
      settings,
      output: `
import { getSecret } from "#secrets";
export const view = <Panel apiKey={getSecret("API_KEY")} />;
`,
      errors: [
        {
          messageId: 'unexpectedEnvRead',
          data: { name: '`API_KEY`', accessor },
          line: 2,
          column: 36,
          endLine: 2,
          endColumn: 55,
        },
      ],
    },
    {
      code: `
@Injectable()
class Client {
  #token = process?.env?.API_TOKEN;
  @Input() key = (process.env as Env).API_KEY satisfies string;
}
`,
      settings,
      output: `
import { getSecret } from "#secrets";
@Injectable()
class Client {
  #token = getSecret("API_TOKEN");
  @Input() key = getSecret("API_KEY") satisfies string;
}
`,
      errors: [
        {
          messageId: 'unexpectedEnvRead',
          data: { name: '`API_TOKEN`', accessor },
          line: 4,
          column: 12,
          endLine: 4,
          endColumn: 35,
        },
        {
          messageId: 'unexpectedEnvRead',
          data: { name: '`API_KEY`', accessor },
          line: 5,
          column: 18,
          endLine: 5,
          endColumn: 46,
        },
      ],
    },
  ],
});

describe('option allow', () => {
  it('rejects a regular expression that does not compile', () => {
    const linter = new TSESLint.Linter({ configType: 'flat' });
    const lint = (): unknown =>
      linter.verify(
        'process.env.API_KEY;',
        {
          files: ['**/*.ts'],
          languageOptions: { parser: tsParser },
          plugins: { test: { rules: { 'no-direct-env-access': rule } } },
          rules: {
            'test/no-direct-env-access': ['error', { allow: ['/[A-Z/u'] }],
          },
        },
        'file.ts',
      );

    expect(lint).toThrow(
      /"\/\[A-Z\/u", which is not a valid regular expression/u,
    );
  });
});
