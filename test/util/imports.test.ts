import { ESLintUtils, type TSESTree } from '@typescript-eslint/utils';
import { describe, expect, it } from 'vitest';

import {
  getFunctionCallPlan,
  getImportSource,
  quoteString,
} from '../../src/util/index.js';
import { createRuleTester, FIXTURE_CWD, fixtureFile } from '../ruleTester.js';

type Options = [{ module?: string }];

// A rule made for this test: every `SECRET_HERE` identifier becomes a call of
// `getSecret`, with the import that the plan asks for.
const callAccessor = ESLintUtils.RuleCreator.withoutDocs<Options, 'call'>({
  meta: {
    type: 'suggestion',
    fixable: 'code',
    schema: [
      {
        type: 'object',
        properties: { module: { type: 'string' } },
        additionalProperties: false,
      },
    ],
    defaultOptions: [{}],
    messages: { call: 'Call the accessor.' },
  },
  create(context, [{ module }]) {
    return {
      'Identifier[name="SECRET_HERE"]'(node: TSESTree.Identifier): void {
        const plan = getFunctionCallPlan(context, {
          name: 'getSecret',
          module,
        });
        context.report({
          node,
          messageId: 'call',
          fix: plan
            ? fixer => [
                ...plan.createImportFixes(fixer),
                fixer.replaceText(node, `${plan.localName}("X")`),
              ]
            : null,
        });
      },
    };
  },
});

const ruleTester = createRuleTester();
const error = { messageId: 'call' } as const;

ruleTester.run('getFunctionCallPlan', callAccessor, {
  valid: ['const x = 1;'],
  invalid: [
    // no module and nothing in scope: no fix
    { code: 'use(SECRET_HERE);', options: [{}], errors: [error] },
    // already imported, possibly renamed
    {
      code: `
import { getSecret as read } from "#secrets";
use(SECRET_HERE);
`,
      options: [{}],
      output: `
import { getSecret as read } from "#secrets";
use(read("X"));
`,
      errors: [error],
    },
    // declared in the file
    {
      code: `
function getSecret(name: string): string { return name; }
use(SECRET_HERE);
`,
      options: [{}],
      output: `
function getSecret(name: string): string { return name; }
use(getSecret("X"));
`,
      errors: [error],
    },
    // required in CommonJS, under another name
    {
      code: `
const { getSecret: secret } = require("./secrets");
use(SECRET_HERE);
`,
      options: [{}],
      output: `
const { getSecret: secret } = require("./secrets");
use(secret("X"));
`,
      errors: [error],
    },
    // a type-only import does not bring the function
    {
      code: `
import type { getSecret } from "#secrets";
use(SECRET_HERE);
`,
      options: [{}],
      errors: [error],
    },
    // a new import after the last one, in the file's quote style
    {
      code: `
import a from 'a';
import { b } from 'b';
use(SECRET_HERE);
`,
      options: [{ module: '#secrets' }],
      output: `
import a from 'a';
import { b } from 'b';
import { getSecret } from '#secrets';
use(getSecret("X"));
`,
      errors: [error],
    },
    // an existing import from the same module gains the specifier
    {
      code: `
import { loadConfig } from "#secrets";
use(SECRET_HERE);
`,
      options: [{ module: '#secrets' }],
      output: `
import { loadConfig, getSecret } from "#secrets";
use(getSecret("X"));
`,
      errors: [error],
    },
    // a default import gains named braces
    {
      code: `
import secrets from "#secrets";
use(SECRET_HERE);
`,
      options: [{ module: '#secrets' }],
      output: `
import secrets, { getSecret } from "#secrets";
use(getSecret("X"));
`,
      errors: [error],
    },
    // a namespace import cannot take a specifier: a new import follows it
    {
      code: `
import * as secrets from "#secrets";
use(SECRET_HERE);
`,
      options: [{ module: '#secrets' }],
      output: `
import * as secrets from "#secrets";
import { getSecret } from "#secrets";
use(getSecret("X"));
`,
      errors: [error],
    },
    // no imports yet: at the top, after a directive
    {
      code: `
"use client";
use(SECRET_HERE);
`,
      options: [{ module: '#secrets' }],
      output: `
"use client";
import { getSecret } from "#secrets";
use(getSecret("X"));
`,
      errors: [error],
    },
    // a relative module is resolved from the working directory per file
    {
      code: 'use(SECRET_HERE);',
      filename: 'src/routes/users.ts',
      options: [{ module: './src/config/secrets.js' }],
      output: `import { getSecret } from "../config/secrets.js";
use(getSecret("X"));`,
      errors: [error],
    },
    // CommonJS: after the last require, in a `.cjs` file
    {
      code: `
const express = require('express');
use(SECRET_HERE);
`,
      filename: 'src/server.cjs',
      options: [{ module: './src/secrets.cjs' }],
      output: `
const express = require('express');
const { getSecret } = require('./secrets.cjs');
use(getSecret("X"));
`,
      errors: [error],
    },
    // CommonJS detected from `require` in a file with no module syntax
    {
      code: `
"use strict";
const path = require("node:path");
use(SECRET_HERE);
`,
      options: [{ module: '#secrets' }],
      output: `
"use strict";
const path = require("node:path");
const { getSecret } = require("#secrets");
use(getSecret("X"));
`,
      errors: [error],
    },
  ],
});

describe('getImportSource', () => {
  it.each([
    ['#secrets', 'src/a.ts', '#secrets'],
    ['@/config/secrets', 'src/a.ts', '@/config/secrets'],
    ['secrets-lib', 'deep/er/a.ts', 'secrets-lib'],
    ['./src/secrets.ts', 'src/a.ts', './secrets.ts'],
    ['./src/secrets.ts', 'src/routes/a.ts', '../secrets.ts'],
    ['./src/config/secrets', 'src/a.ts', './config/secrets'],
    ['./lib/secrets.js', 'a.ts', './lib/secrets.js'],
    ['../shared/secrets.js', 'a.ts', '../shared/secrets.js'],
  ])('imports %j from %j as %j', (module, file, expected) => {
    expect(getImportSource(module, fixtureFile(file), FIXTURE_CWD)).toBe(
      expected,
    );
  });
});

describe('quoteString', () => {
  it.each([
    ['API_KEY', '"', '"API_KEY"'],
    ['API_KEY', "'", "'API_KEY'"],
    [`it's "x"`, '"', `"it's \\"x\\""`],
    [`it's "x"`, "'", `'it\\'s "x"'`],
  ] as const)('quotes %j with %s', (text, quote, expected) => {
    expect(quoteString(text, quote)).toBe(expected);
  });
});
