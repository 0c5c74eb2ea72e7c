// Scaffolds a rule: `npm run new-rule -- no-foo-bar` writes the rule, its test
// and its doc page, and registers it in rules/index.ts.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const name = process.argv[2];

if (!name || !/^[a-z]+(?:-[a-z]+)*$/u.test(name)) {
  console.error('Usage: npm run new-rule -- <rule-name-in-kebab-case>');
  process.exit(2);
}

const identifier = name.replace(
  /-([a-z])/gu,
  (/** @type {string} */ _, /** @type {string} */ letter) =>
    letter.toUpperCase(),
);
const files = {
  [`rules/${name}.ts`]: `import type { TSESTree } from '@typescript-eslint/utils';

import { createRule } from '../src/util/index.js';

export type Options = [];
export type MessageIds = 'unexpected';

export default createRule<Options, MessageIds>({
  name: '${name}',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow …',
    },
    schema: [],
    defaultOptions: [],
    messages: {
      unexpected: '…',
    },
  },
  create(context) {
    return {
      Program(node: TSESTree.Program): void {
        void context;
        void node;
      },
    };
  },
});
`,
  [`test/rules/${name}.test.ts`]: `import rule from '../../rules/${name}.js';
import { createRuleTester } from '../ruleTester.js';

const ruleTester = createRuleTester();

ruleTester.run('${name}', rule, {
  valid: [],
  invalid: [],
});
`,
  [`docs/rules/${name}.md`]: `# Disallow … (\`secret-hygiene/${name}\`)

<!-- end auto-generated rule header -->

Why the rule exists.

## Examples

### ❌ Incorrect

\`\`\`ts
\`\`\`

### ✅ Correct

\`\`\`ts
\`\`\`

## When Not To Use It

…
`,
};

for (const [file, text] of Object.entries(files)) {
  const target = path.join(root, file);
  if (existsSync(target)) {
    console.error(`${file} exists already; nothing was written.`);
    process.exit(1);
  }
  writeFileSync(target, text);
  console.log(`wrote ${file}`);
}

// Keep rules/index.ts sorted: imports and map entries both.
const indexPath = path.join(root, 'rules', 'index.ts');
const index = readFileSync(indexPath, 'utf8');
const imports = [
  ...index.matchAll(/^import \w+ from '\.\/[\w-]+\.js';$/gmu),
].map(match => match[0]);
const entries = [...index.matchAll(/^ {2}'[\w-]+': \w+,$/gmu)].map(
  match => match[0],
);
imports.push(`import ${identifier} from './${name}.js';`);
entries.push(`  '${name}': ${identifier},`);
/** @param {string} line */
const byRuleName = line =>
  /'\.?\/?([\w-]+?)(?:\.js)?'/u.exec(line)?.[1] ?? line;
imports.sort((a, b) => byRuleName(a).localeCompare(byRuleName(b)));
entries.sort((a, b) => byRuleName(a).localeCompare(byRuleName(b)));
writeFileSync(
  indexPath,
  `${imports.join('\n')}\n\nexport const rules = {\n${entries.join('\n')}\n};\n`,
);
console.log('registered it in rules/index.ts');
