import { BASE64, createRandom, LOWER } from './random.js';

/** A kind of input that can make a rule slow, at a chosen size. */
export interface SyntheticShape {
  id: string;
  title: string;
  /** The source text at `units` times the base size. */
  generate: (units: number) => string;
}

// Pieces that make the engine's prefilter find a candidate, cut short so
// that no piece is a whole credential.
const CANDIDATE_PIECES = [
  'ghp_',
  'sk_live_',
  'xoxb-',
  'AKIA',
  'glpat-',
  'postgres://',
  'Bearer ',
  ['-----BEGIN', 'PRIVATE KEY'].join(' '),
];

/** Many short string literals: labels, keys, secret-named properties. */
function generateShortStrings(units: number): string {
  const lines = ["import { t } from './i18n';", 'const headers = {};'];
  for (let index = 0; index < units * 100; index++) {
    lines.push(
      `export const label${index} = 'Save changes ${index}';`,
      `const row${index} = { id: ${index}, password: 'pw-${index}', apiKey: 'key${index}', title: t('menu.item${index}') };`,
      `if (row${index}.id === ${index % 7}) { headers['x-request-${index}'] = 'value-${index}'; }`,
    );
  }
  return `${lines.join('\n')}\n`;
}

/** One huge string in a secret context, dotted with prefixes of tokens. */
function generateHugeString(units: number): string {
  const random = createRandom(units);
  const parts: string[] = [];
  const length = units * 64 * 1024;
  let size = 0;
  while (size < length) {
    const part = `${random.string(BASE64, 480)}${random.pick(CANDIDATE_PIECES)}${random.string(LOWER, 8)} `;
    parts.push(part);
    size += part.length;
  }
  return `export const secretBlob = '${parts.join('')}';\nconsole.log(secretBlob.length);\n`;
}

/** Blocks and object literals nested deep, each level logging a value. */
function generateDeepNesting(units: number): string {
  // At 16 units, the 8× of the default scale, 240 levels: deeper, and the
  // parser runs out of stack under ESLint's rule timing.
  const depth = units * 15;
  const lines = ['export function handle(config, logger) {'];
  for (let level = 0; level < depth; level++) {
    lines.push(
      `if (config.level${level}) {`,
      `const token${level} = config.level${level}.token;`,
      `logger.info('level ${level}', token${level}, config.port);`,
    );
  }
  lines.push('return config;', '}'.repeat(depth), '}');

  let object = "{ password: 'inner-value', name: 'leaf' }";
  for (let level = 0; level < depth; level++) {
    object = `{ name: 'level ${level}', apiKey: 'value-${level}', child: ${object} }`;
  }
  lines.push(`export const tree = ${object};`);
  return `${lines.join('\n')}\n`;
}

/** Long template literals with credentials built around expressions. */
function generateLongTemplates(units: number): string {
  const lines = [
    'export function build(user, password, host, port, id, headers, logger) {',
  ];
  for (let index = 0; index < units * 50; index++) {
    const query = Array.from(
      { length: 12 },
      (_, part) => `p${part}=\${id}-${index}`,
    ).join('&');
    lines.push(
      `const url${index} = \`postgres://\${user}:\${password}@\${host}:\${port}/db${index}?${query}\`;`,
      `logger.info(\`request \${id} to \${url${index}} with \${headers.authorization} and token \${password} took ${index} ms\`);`,
    );
  }
  lines.push('}');
  return `${lines.join('\n')}\n`;
}

/** A long chain of assignments from a secret, with a log call at each step. */
function generateLogChain(units: number): string {
  const lines = [
    "import pino from 'pino';",
    'const logger = pino();',
    'let value0 = process.env.DB_PASSWORD;',
  ];
  const steps = [
    (previous: string): string => `${previous} + ':x'`,
    (previous: string): string => `\`\${${previous}}-y\``,
    (previous: string): string => `{ inner: ${previous}, port: 5432 }`,
    (previous: string): string => `String(${previous}).trim()`,
  ];
  for (let index = 1; index <= units * 150; index++) {
    const step = steps[index % steps.length];
    const previous = `value${index - 1}`;
    lines.push(
      `const value${index} = ${step(previous)};`,
      index % 2 === 0
        ? `logger.info({ value: value${index} }, 'step ${index}');`
        : `console.log('step ${index}', value${index});`,
    );
  }
  return `${lines.join('\n')}\n`;
}

/** Many reads of the environment, with and without fallbacks. */
function generateEnvReads(units: number): string {
  const lines = ["import { connect } from './db';"];
  for (let index = 0; index < units * 100; index++) {
    lines.push(
      `const token${index} = process.env.SERVICE_${index}_TOKEN;`,
      `const apiKey${index} = process.env.API_KEY_${index} ?? 'dev-key-${index}';`,
      `if (process.env.FEATURE_${index}) { connect(process.env.DATABASE_URL_${index}); }`,
    );
  }
  return `${lines.join('\n')}\n`;
}

/**
 * Few variables, each used many times: an environment alias, a secret, a
 * function that returns it. Work done per use that looks at every use of
 * the variable grows with the square of the uses.
 */
function generateSharedVariables(units: number): string {
  const lines = [
    "import { getSecret } from './secrets';",
    'const env = process.env;',
    "const apiKey = getSecret('API_KEY');",
    'function readToken() { return apiKey; }',
  ];
  for (let index = 0; index < units * 150; index++) {
    lines.push(
      `if (env.FLAG_${index}) { send(env, apiKey ?? 'dev-${index}'); }`,
      `console.log('call ${index}', readToken(), apiKey);`,
    );
  }
  return `${lines.join('\n')}\n`;
}

/** The inputs of the scaling check, one per way a rule could slow down. */
export const SYNTHETIC_SHAPES: readonly SyntheticShape[] = [
  {
    id: 'short-strings',
    title: 'many short strings',
    generate: generateShortStrings,
  },
  { id: 'huge-string', title: 'one huge string', generate: generateHugeString },
  { id: 'deep-nesting', title: 'deep nesting', generate: generateDeepNesting },
  {
    id: 'long-templates',
    title: 'long template literals',
    generate: generateLongTemplates,
  },
  {
    id: 'log-chain',
    title: 'log calls on a long chain of assignments',
    generate: generateLogChain,
  },
  {
    id: 'env-reads',
    title: 'many environment reads',
    generate: generateEnvReads,
  },
  {
    id: 'shared-variables',
    title: 'few variables used many times',
    generate: generateSharedVariables,
  },
];

/** The sizes of the scaling check, as multiples of the base size. */
export const SCALING_SIZES = [1, 2, 4, 8] as const;
